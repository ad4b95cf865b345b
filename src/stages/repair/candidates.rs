//! Candidate corrections within a Damerau-Levenshtein distance (optimal string alignment), and
//! how plausible the edits between a typo and a candidate are.
//!
//! The search walks a sorted word list as an implicit trie: words sharing a prefix share the rows
//! of the distance table computed for it, and a prefix whose row is already over the limit skips
//! every word that starts with it (one binary search). Against SymSpell's symmetric deletes this
//! needs no index (start-up stays at the cost of splitting lines) and looks up a word in tens of
//! microseconds, which is plenty: only out-of-vocabulary words are looked up.

/// A word list entry within the distance limit: its index in the list and its distance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub index: usize,
    pub distance: u8,
}

/// Every word of `words` (sorted by bytes) within OSA distance `max` of `query`, in bytes.
pub fn within<S: AsRef<str>>(words: &[S], query: &str, max: u8, out: &mut Vec<Hit>) {
    let q = query.as_bytes();
    let m = q.len();
    let longest = m + max as usize + 1;
    let mut rows: Vec<Vec<u8>> = vec![vec![0; m + 1]; longest + 1];
    for (k, cell) in rows[0].iter_mut().enumerate() {
        *cell = k as u8;
    }
    let mut prev: &[u8] = b"";
    let mut valid = 0usize;
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_ref().as_bytes();
        let shared = w.iter().zip(&prev[..valid]).take_while(|(a, b)| a == b).count();
        let mut pruned_at = None;
        let depth = w.len().min(longest);
        for d in shared + 1..=depth {
            let (done, rest) = rows.split_at_mut(d);
            let row = &mut rest[0];
            let up = &done[d - 1];
            let c = w[d - 1];
            row[0] = d as u8;
            let mut best = row[0];
            for k in 1..=m {
                let cost = u8::from(q[k - 1] != c);
                let mut v = (up[k - 1] + cost).min(up[k] + 1).min(row[k - 1] + 1);
                if d >= 2 && k >= 2 && c == q[k - 2] && w[d - 2] == q[k - 1] {
                    v = v.min(done[d - 2][k - 2] + 1);
                }
                row[k] = v;
                best = best.min(v);
            }
            if best > max {
                pruned_at = Some(d);
                break;
            }
        }
        prev = w;
        match pruned_at {
            Some(d) => {
                valid = d - 1;
                let prefix = &w[..d];
                i = skip_prefix(words, i + 1, prefix);
            }
            None => {
                valid = depth;
                if w.len() < longest && w.len().abs_diff(m) <= max as usize && rows[w.len()][m] <= max {
                    out.push(Hit { index: i, distance: rows[w.len()][m] });
                }
                i += 1;
            }
        }
    }
}

/// The first index from `from` on whose word does not start with `prefix`. Runs of words sharing
/// a pruned prefix are mostly short, so a galloping search beats a binary search over the rest.
fn skip_prefix<S: AsRef<str>>(words: &[S], from: usize, prefix: &[u8]) -> usize {
    let has = |i: usize| words[i].as_ref().as_bytes().starts_with(prefix);
    let mut step = 1;
    let mut lo = from;
    while lo < words.len() && has(lo) {
        let next = (lo + step).min(words.len());
        if next == words.len() || !has(next) {
            return lo + 1 + words[lo + 1..next].partition_point(|x| x.as_ref().as_bytes().starts_with(prefix));
        }
        lo = next;
        step *= 2;
    }
    lo
}

/// Every word within distance `max` of `query` that keeps the query's first letter, and every
/// word one edit away whatever its first letter. Slips of the first letter are rarer than others
/// and a second slip beside one is rarer still, so this loses little against a full search, and
/// it is an order of magnitude faster: the walk with two edits covers one letter's words only.
pub fn search<S: AsRef<str>>(words: &[S], query: &str, max: u8, out: &mut Vec<Hit>) {
    within(words, query, max.min(1), out);
    let Some(&first) = query.as_bytes().first() else { return };
    if max < 2 {
        return;
    }
    let lo = words.partition_point(|w| w.as_ref().as_bytes().first().is_some_and(|&b| b < first));
    let hi = lo + words[lo..].partition_point(|w| w.as_ref().as_bytes().first() == Some(&first));
    let mut more = Vec::new();
    within(&words[lo..hi], query, max, &mut more);
    out.extend(more.into_iter().filter(|h| h.distance > 1).map(|h| Hit { index: h.index + lo, distance: h.distance }));
}

/// The letters of a word as a bit set (a to z, other letters folded into six more bits).
pub fn letter_mask(word: &str) -> u32 {
    word.chars().fold(0, |m, c| {
        m | match c {
            'a'..='z' => 1 << (c as u32 - 'a' as u32),
            _ => 1 << (26 + c as u32 % 6),
        }
    })
}

/// The same hits as `within`, for short lists (the document's words, the names): a scan that
/// skips a word unless its length and its letters allow the distance (every letter one word has
/// and the other lacks needs an edit of its own), and measures the rest.
pub fn scan<S: AsRef<str>>(words: &[S], masks: &[u32], query: &str, max: u8, out: &mut Vec<Hit>) {
    let qm = letter_mask(query);
    let ql = query.len();
    for (index, (w, &m)) in words.iter().zip(masks).enumerate() {
        let w = w.as_ref();
        if w.len().abs_diff(ql) > max as usize
            || (qm & !m).count_ones() > max as u32
            || (m & !qm).count_ones() > max as u32
        {
            continue;
        }
        let d = distance(w, query);
        if d <= max as usize {
            out.push(Hit { index, distance: d as u8 });
        }
    }
}

/// OSA distance between two words, in characters.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j - 1] + cost).min(d[i - 1][j] + 1).min(d[i][j - 1] + 1);
            if i >= 2 && j >= 2 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

/// The cost of turning the intended word into the typo, with edits that hands make often costing
/// less: a key pressed next to the right one, a doubled or dropped letter, two letters swapped.
/// One edit of the cheapest kind costs 0.7, an arbitrary substitution 1.4.
pub fn typo_cost(intended: &str, typo: &str) -> f32 {
    let a: Vec<char> = intended.chars().collect();
    let b: Vec<char> = typo.chars().collect();
    let mut d = vec![vec![0f32; b.len() + 1]; a.len() + 1];
    for i in 1..=a.len() {
        d[i][0] = d[i - 1][0] + drop_cost(&a, i - 1);
    }
    for j in 1..=b.len() {
        d[0][j] = d[0][j - 1] + add_cost(&b, j - 1);
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let sub = if a[i - 1] == b[j - 1] { 0.0 } else { swap_cost(a[i - 1], b[j - 1]) };
            let mut v =
                (d[i - 1][j - 1] + sub).min(d[i - 1][j] + drop_cost(&a, i - 1)).min(d[i][j - 1] + add_cost(&b, j - 1));
            if i >= 2 && j >= 2 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && a[i - 1] != a[i - 2] {
                v = v.min(d[i - 2][j - 2] + 0.7);
            }
            if i >= 2 {
                // Two letters dropped together, a syllable lost: `fenoma` for `fenomena`.
                v = v.min(d[i - 2][j] + 1.3);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

/// Dropping letter `i` of the intended word: cheaper when it is one of a double letter.
fn drop_cost(word: &[char], i: usize) -> f32 {
    let c = word[i];
    let doubled = (i > 0 && word[i - 1] == c) || word.get(i + 1) == Some(&c);
    if doubled {
        0.7
    } else {
        1.0
    }
}

/// A letter added at `j` of the typo: cheaper when it doubles a neighbour or sits next to a key
/// it was pressed with.
fn add_cost(typo: &[char], j: usize) -> f32 {
    let c = typo[j];
    let near = |k: Option<&char>| k.is_some_and(|&n| n == c || keyboard_neighbours(n, c));
    if near(j.checked_sub(1).and_then(|k| typo.get(k))) || near(typo.get(j + 1)) {
        0.8
    } else {
        1.1
    }
}

fn swap_cost(intended: char, typed: char) -> f32 {
    if keyboard_neighbours(intended, typed) {
        0.8
    } else {
        1.4
    }
}

const QWERTY: [&str; 3] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

/// True when two letters are next to each other on a QWERTY keyboard (as Indonesian keyboards
/// are), in a row or between rows.
pub fn keyboard_neighbours(a: char, b: char) -> bool {
    let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
    let at = |c: char| QWERTY.iter().enumerate().find_map(|(r, row)| row.find(c).map(|col| (r as i32, col as i32)));
    match (at(a), at(b)) {
        (Some((ra, ca)), Some((rb, cb))) if a != b => {
            // Rows are staggered by about half a key to the right each.
            (ra == rb && (ca - cb).abs() == 1)
                || ((ra - rb).abs() == 1 && (0..=1).contains(&(if ra < rb { ca - cb } else { cb - ca })))
        }
        _ => false,
    }
}

/// The keys next to `c`, for the typo generator of the benchmark.
pub fn neighbours_of(c: char) -> Vec<char> {
    ('a'..='z').filter(|&n| keyboard_neighbours(c, n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trie_walk_finds_what_a_scan_finds() {
        let mut words = vec!["dari", "daring", "diri", "tari", "dara", "tentara", "tenaga", "tenar", "kedari", "d"];
        words.sort();
        for query in ["dqari", "tenara", "dri", "x", "tentaraa"] {
            let mut hits = Vec::new();
            within(&words, query, 2, &mut hits);
            let got: Vec<(&str, u8)> = hits.iter().map(|h| (words[h.index], h.distance)).collect();
            let want: Vec<(&str, u8)> =
                words.iter().map(|w| (*w, distance(w, query) as u8)).filter(|(_, d)| *d <= 2).collect();
            assert_eq!(got, want, "query {query}");
        }
    }

    #[test]
    fn the_scan_finds_what_the_walk_finds() {
        let mut words = vec!["dari", "daring", "diri", "tari", "dara", "tentara", "tenaga", "tenar", "kedari", "korut", "korea"];
        words.sort();
        let masks: Vec<u32> = words.iter().map(|w| letter_mask(w)).collect();
        for query in ["dqari", "tenara", "dri", "kout", "korearn"] {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            within(&words, query, 2, &mut a);
            scan(&words, &masks, query, 2, &mut b);
            assert_eq!(a, b, "query {query}");
        }
    }

    #[test]
    fn swapped_letters_are_one_edit() {
        assert_eq!(distance("diluncurkan", "diluncurkna"), 1);
        assert_eq!(distance("penyelesaian", "penyelemaan"), 2);
    }

    #[test]
    fn slips_of_the_hand_cost_less_than_arbitrary_edits() {
        assert!(typo_cost("dari", "dqari") < typo_cost("dari", "dpari"));
        assert!(typo_cost("pembahasannya", "pembahasanya") < typo_cost("pembahasannya", "pembahasnnya"));
        assert!(typo_cost("diluncurkan", "diluncurkna") < 1.0);
        assert!(keyboard_neighbours('a', 'q') && keyboard_neighbours('g', 'h') && !keyboard_neighbours('a', 'p'));
    }
}
