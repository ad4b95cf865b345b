//! The `reflow` stage: the final layout. A paragraph that a scrape split in the middle of a
//! sentence (`... tulis KCNA,` / `mengutip pernyataan Komisi.`) is joined again; this runs after
//! boilerplate and dedupe, so a page's furniture can no longer be glued into the text.

use crate::catalog::BuiltinRule;
use crate::document::{Changes, Document};
use crate::stages::Stage;
use crate::text::{lines, starts_lowercase};

pub const RULES: &[BuiltinRule] = &[BuiltinRule {
    code: "F001",
    name: "split-sentence",
    why: "A paragraph that ends with a comma, followed by one that starts in lower case, is one \
          sentence split by the scrape.",
    example: Some(("tulis KCNA,\\n\\nmengutip pernyataan Komisi.", "tulis KCNA, mengutip pernyataan Komisi.")),
}];

pub struct Reflow;

impl Reflow {
    pub fn new() -> Self {
        Reflow
    }
}

impl Default for Reflow {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage for Reflow {
    fn name(&self) -> &'static str {
        "reflow"
    }

    fn apply(&self, doc: &mut Document) {
        let text = doc.text();
        let blocks = lines(text);
        let mut changes = Changes::new();
        for pair in blocks.windows(2) {
            let (prev, next) = (&text[pair[0].clone()], &text[pair[1].clone()]);
            if prev.ends_with([',', ';'])
                && starts_lowercase(next)
                && next.chars().next().is_some_and(char::is_alphabetic)
            {
                changes.replace(pair[0].end..pair[1].start, " ", "F001");
            }
        }
        doc.apply(self.name(), changes);
    }

    fn builtin_rules(&self) -> &'static [BuiltinRule] {
        RULES
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_example_holds() {
        crate::stages::testing::check_examples(&Reflow::new());
    }

    fn run(input: &str) -> String {
        crate::stages::testing::run_stage(&Reflow::new(), input).text().to_string()
    }

    #[test]
    fn a_sentence_split_after_a_comma_is_joined() {
        assert_eq!(run("tulis KCNA,\n\nmengutip pernyataan Komisi."), "tulis KCNA, mengutip pernyataan Komisi.");
    }

    #[test]
    fn paragraphs_that_end_a_sentence_stay_apart() {
        assert_eq!(run("Satu.\n\nlalu dua."), "Satu.\n\nlalu dua.");
        assert_eq!(run("Daftarnya,\n\n1. Pertama"), "Daftarnya,\n\n1. Pertama");
    }
}
