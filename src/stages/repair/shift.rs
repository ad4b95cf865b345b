//! Capital slips: the shift key held one letter too long (`TIdak` -> `Tidak`). A word that starts
//! with two capitals and goes on in lower case is written as its first capital and the rest in
//! lower case, when that lower-case word is a known word; acronyms (`KCNA`), inner capitals of
//! names and brands (`McDonald`, `iPhone`) and everything unknown stay.

/// The corrected word, when `word` is a capital slip of a known word.
pub fn fix(word: &str, known: &dyn Fn(&str) -> bool) -> Option<String> {
    let mut chars = word.chars();
    let first = chars.next()?;
    let second = chars.next()?;
    let rest: Vec<char> = chars.collect();
    if !first.is_uppercase() || !second.is_uppercase() || rest.len() < 2 || !rest.iter().all(|c| c.is_lowercase()) {
        return None;
    }
    let lower: String = word.chars().flat_map(char::to_lowercase).collect();
    if !known(&lower) {
        return None;
    }
    let mut out = String::with_capacity(word.len());
    out.push(first);
    out.extend(second.to_lowercase());
    out.extend(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(w: &str) -> bool {
        ["tidak", "pemerintah"].contains(&w)
    }

    #[test]
    fn a_second_capital_of_a_known_word_is_a_slip() {
        assert_eq!(fix("TIdak", &known).as_deref(), Some("Tidak"));
        assert_eq!(fix("PEmerintah", &known).as_deref(), Some("Pemerintah"));
    }

    #[test]
    fn acronyms_and_names_with_inner_capitals_stay() {
        for w in ["KCNA", "TIdakx", "McDonald", "iPhone", "TI", "DPRd"] {
            assert_eq!(fix(w, &known), None, "{w}");
        }
    }
}
