//! `#[workbook_witness::test]`: std's `#[test]`, with a body that reports to
//! the grading engine when it ends the way the test expects.
//!
//! ```text
//! #[test]                       // with `use workbook_witness::test;` in scope
//! fn sells_out() { BODY }
//! ```
//! becomes
//! ```text
//! #[::core::prelude::v1::test]
//! fn sells_out() { ::workbook_witness::__run(module_path!(), "sells_out", false, || { BODY }) }
//! ```
//! Written on `proc_macro` alone: the input is one plain function, and a
//! parser crate would cost every learner's first build more than it saves here.

use proc_macro::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

#[proc_macro_attribute]
pub fn test(args: TokenStream, item: TokenStream) -> TokenStream {
    if !args.is_empty() {
        return error("#[test] takes no arguments here", Span::call_site());
    }
    match rewrite(item) {
        Ok(tokens) => tokens,
        Err((message, span)) => error(message, span),
    }
}

fn rewrite(item: TokenStream) -> Result<TokenStream, (&'static str, Span)> {
    let tokens: Vec<TokenTree> = item.into_iter().collect();
    let at_fn = tokens
        .iter()
        .position(|t| matches!(t, TokenTree::Ident(i) if i.to_string() == "fn"))
        .ok_or(("#[test] goes on a function", Span::call_site()))?;
    let name = match tokens.get(at_fn + 1) {
        Some(TokenTree::Ident(name)) => name.clone(),
        _ => return Err(("#[test] goes on a named function", Span::call_site())),
    };
    let Some((TokenTree::Group(body), signature)) = tokens.split_last() else {
        return Err(("#[test] goes on a function with a body", name.span()));
    };
    if body.delimiter() != Delimiter::Brace {
        return Err(("#[test] goes on a function with a body", name.span()));
    }
    if signature[at_fn..]
        .windows(2)
        .any(|w| matches!(w, [TokenTree::Punct(a), TokenTree::Punct(b)] if a.as_char() == '-' && b.as_char() == '>'))
    {
        return Err((
            "a workbook test returns (): assert instead of returning a Result, so the grader can tell a passing body from an early exit",
            name.span(),
        ));
    }
    let expects_panic = signature[..at_fn].iter().any(|t| match t {
        TokenTree::Group(g) if g.delimiter() == Delimiter::Bracket => g
            .stream()
            .into_iter()
            .next()
            .is_some_and(|first| first.to_string() == "should_panic"),
        _ => false,
    });

    let mut out = TokenStream::new();
    out.extend(parse("#[::core::prelude::v1::test]"));
    out.extend(signature.iter().cloned());
    let mut call = parse("::workbook_witness::__run");
    let mut args = parse("::core::module_path!()");
    args.extend([
        TokenTree::Punct(Punct::new(',', Spacing::Alone)),
        TokenTree::Literal(Literal::string(&name.to_string())),
        TokenTree::Punct(Punct::new(',', Spacing::Alone)),
        TokenTree::Ident(Ident::new(
            if expects_panic { "true" } else { "false" },
            Span::call_site(),
        )),
        TokenTree::Punct(Punct::new(',', Spacing::Alone)),
    ]);
    args.extend(parse("||"));
    args.extend([TokenTree::Group(body.clone())]);
    call.extend([TokenTree::Group(Group::new(Delimiter::Parenthesis, args))]);
    out.extend([TokenTree::Group(Group::new(Delimiter::Brace, call))]);
    Ok(out)
}

fn parse(code: &str) -> TokenStream {
    code.parse().expect("fixed code parses")
}

fn error(message: &str, span: Span) -> TokenStream {
    let mut tokens = parse("::core::compile_error!");
    let mut literal = Literal::string(message);
    literal.set_span(span);
    tokens.extend([TokenTree::Group(Group::new(
        Delimiter::Parenthesis,
        TokenTree::Literal(literal).into(),
    ))]);
    tokens.extend(parse(";"));
    tokens
}
