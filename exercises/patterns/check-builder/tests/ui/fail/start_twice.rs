//! Which of the two would it start from?
use link_check_builder::LinkCheck;

fn main() {
    let check = LinkCheck::new().start("https://a.test/");
    let _again = check.start("https://b.test/"); //~ ERROR E0599 no method named `start` found
}
