use link_check_builder::LinkCheck;

fn main() {
    let check = LinkCheck::new().start("https://a.test/");
    let _other = LinkCheck::new().start("https://b.test/");
    let _more = check.workers(3);
}
