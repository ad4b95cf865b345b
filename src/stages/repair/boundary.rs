//! A space typed one letter off (`pemeliharaa ndan` for `pemeliharaan dan`): two unknown words
//! side by side that become two known words when one letter crosses the space between them. No
//! single-word repair sees it, and mending the first word alone (`pemeliharaan ndan`) leaves the
//! second broken.

/// How much likelier one reading must be than the other, in summed Zipf, to be taken when a
/// letter can cross the space either way (`pemeliharaan dan` against `pemelihara andan`).
const MARGIN: f32 = 1.0;

/// The two words `a b` should be, when moving one letter across the space between them makes
/// both known. `a` and `b` are lower case; `zipf` is a known word's frequency, `None` for an
/// unknown one. When both moves make known words, the clearly likelier pair wins.
pub fn fix(a: &str, b: &str, zipf: &dyn Fn(&str) -> Option<f32>) -> Option<(String, String)> {
    if !a.is_ascii() || !b.is_ascii() || a.len() < 2 || b.len() < 2 {
        return None;
    }
    // The first letter of `b` closes `a`, or the last letter of `a` opens `b`.
    let leftward = (format!("{a}{}", &b[..1]), b[1..].to_string());
    let rightward = (a[..a.len() - 1].to_string(), format!("{}{b}", &a[a.len() - 1..]));
    let score = |(x, y): &(String, String)| {
        if x.len() < 2 || y.len() < 2 {
            return None;
        }
        Some(zipf(x)? + zipf(y)?)
    };
    match (score(&leftward), score(&rightward)) {
        (Some(_), None) => Some(leftward),
        (None, Some(_)) => Some(rightward),
        (Some(l), Some(r)) if l >= r + MARGIN => Some(leftward),
        (Some(l), Some(r)) if r >= l + MARGIN => Some(rightward),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(w: &str) -> Option<f32> {
        let words = [("pemeliharaan", 3.5), ("dan", 7.0), ("pemelihara", 3.3), ("andan", 2.5), ("yang", 7.0)];
        let more = [("akan", 6.0), ("datang", 5.0), ("kami", 6.0), ("pulang", 4.9)];
        words.iter().chain(&more).find(|(k, _)| *k == w).map(|(_, z)| *z)
    }

    #[test]
    fn a_letter_crosses_back_over_the_space() {
        assert_eq!(fix("pemeliharaa", "ndan", &known), Some(("pemeliharaan".into(), "dan".into())));
        assert_eq!(fix("yan", "gakan", &known), Some(("yang".into(), "akan".into())));
        assert_eq!(fix("kam", "ipulang", &known), Some(("kami".into(), "pulang".into())));
    }

    #[test]
    fn where_either_move_makes_words_the_clearly_likelier_pair_wins() {
        // `pemelihara andan` is two words too, but rare ones.
        assert_eq!(fix("pemeliharaa", "ndan", &known), Some(("pemeliharaan".into(), "dan".into())));
        let even = |w: &str| ["ab", "cd", "abc", "bcd"].contains(&w).then_some(3.0);
        assert_eq!(fix("abc", "cd", &even), None);
    }

    #[test]
    fn words_that_no_single_move_mends_stay() {
        assert_eq!(fix("pemeliharaa", "xdan", &known), None);
        assert_eq!(fix("yang", "akan", &known), None);
    }
}
