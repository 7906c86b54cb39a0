//! The README documents the tool as it is: its rule table is the registry's, and its
//! example config is a valid config.

use docclean::pipeline::all_metas;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md exists")
}

#[test]
fn rule_table_matches_the_registry() {
    let readme = readme();
    let start = readme
        .find("<!-- rules:start -->\n")
        .expect("rules:start marker")
        + "<!-- rules:start -->\n".len();
    let end = readme.find("<!-- rules:end -->").expect("rules:end marker");
    let expected = docclean::rules::markdown_table(&all_metas());
    assert_eq!(
        &readme[start..end],
        expected,
        "the README's rule table is stale: run `make readme`"
    );
}

#[test]
fn example_config_parses_and_names_real_rules() {
    let readme = readme();
    let start = readme.find("```toml\n").expect("a toml example") + "```toml\n".len();
    let end = start + readme[start..].find("```").expect("closing fence");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("example.toml");
    std::fs::write(&path, &readme[start..end]).unwrap();
    let config = docclean::Config::load(&path).expect("the README's example config loads");
    docclean::Pipeline::new(config).expect("and builds a pipeline");
}
