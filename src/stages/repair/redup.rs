//! Reduplication with a typo in one half: `inovasi-invasi` -> `inovasi-inovasi`.
//!
//! Indonesian also reduplicates with a changed sound on purpose (`sayur-mayur`, `bolak-balik`,
//! `gerak-gerik`, `warna-warni`): those halves differ by substituted letters. A typo drops,
//! adds or swaps a letter, so only halves one such edit apart are made equal. When both halves
//! are words, the longer is the model, since a dropped letter is the commoner slip
//! (`inovasi-invasi`, `tema-teman`); halves of one length (a swap) take the first.

use super::candidates::distance;

/// The repaired `X-X`, when `word` is `X-Y` with `Y` a slip of `X` (or the reverse).
pub fn fix(word: &str, known: &dyn Fn(&str) -> bool) -> Option<String> {
    let (x, y) = word.split_once('-')?;
    if y.contains('-') || x == y || x.chars().count() < 4 || y.chars().count() < 4 {
        return None;
    }
    if !x.chars().all(char::is_lowercase) || !y.chars().all(char::is_lowercase) {
        return None;
    }
    if distance(x, y) != 1 || x.chars().count() == y.chars().count() && !swapped(x, y) {
        return None;
    }
    let model = match (known(x), known(y)) {
        (true, true) if y.len() > x.len() => y,
        (true, _) => x,
        (false, true) => y,
        (false, false) => return None,
    };
    Some(format!("{model}-{model}"))
}

/// True when `a` and `b` differ by two adjacent letters swapped.
fn swapped(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    diff.len() == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
}

/// Whether the halves of `X-Y` repeat one root under affixes (`ketidakhati-hatian`,
/// `bermain-main`, `tarik-menarik`) or rhyme (`sayur-mayur`): such a word is whole as written,
/// and a half is no word to be mended alone (`ketidakhati` is not `ketidak hati`).
pub fn repeats_root(word: &str) -> bool {
    /// Fewer shared letters happen by chance.
    const ROOT: usize = 3;
    let Some((x, y)) = word.split_once('-') else { return false };
    if y.contains('-') {
        return false;
    }
    let (x, y) = (x.to_lowercase(), y.to_lowercase());
    let (x, y) = (x.as_bytes(), y.as_bytes());
    let root_then_suffix = (ROOT..=x.len().min(y.len())).any(|k| x.ends_with(&y[..k]));
    let shared_end = x.iter().rev().zip(y.iter().rev()).take_while(|(a, b)| a == b).count();
    root_then_suffix || shared_end >= ROOT
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(w: &str) -> bool {
        ["inovasi", "invasi", "tema", "teman", "langkah", "sayur", "mayur", "gerak", "gerik", "warna", "warni"]
            .contains(&w)
    }

    #[test]
    fn a_half_with_a_dropped_added_or_swapped_letter_is_a_typo() {
        assert_eq!(fix("inovasi-invasi", &known).as_deref(), Some("inovasi-inovasi"));
        assert_eq!(fix("langkah-langkha", &known).as_deref(), Some("langkah-langkah"));
        assert_eq!(fix("lagnkah-langkah", &known).as_deref(), Some("langkah-langkah"));
        assert_eq!(fix("tema-teman", &known).as_deref(), Some("teman-teman"));
    }

    #[test]
    fn halves_that_repeat_a_root_make_one_word() {
        for w in ["ketidakhati-hatian", "bermain-main", "tarik-menarik", "sayur-mayur", "kemerah-merahan"] {
            assert!(repeats_root(w), "{w}");
        }
        for w in ["Kout-Rusia", "Jawa-Bali", "kerja-sama"] {
            assert!(!repeats_root(w), "{w}");
        }
        // A slip in one half keeps the shared root: `fix` mends it before this is asked.
        assert!(repeats_root("inovasi-invasi"));
    }

    #[test]
    fn reduplication_with_a_changed_sound_stays() {
        for w in ["sayur-mayur", "gerak-gerik", "warna-warni", "Korut-Rusia", "langkah-langkah"] {
            assert_eq!(fix(w, &known), None, "{w}");
        }
    }
}
