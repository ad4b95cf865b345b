//! Candidate corrections within a Damerau-Levenshtein distance (optimal string alignment), and
//! how plausible the edits between a typo and a candidate are.
//!
//! Search is a filtered scan (`scan`): a word is measured only when its length and its set of
//! letters allow the distance. The small lists (names, the user's words, the document's) are
//! scanned whole; the 52,000 words of the embedded list go through a symmetric-delete index
//! built with the crate (`symdel.rs`), which leaves a few hundred to measure (`measure`): on the
//! benchmark's clean texts a query cost a sixth of the instructions of the length-banded scan
//! (about 70,000 against 400,000). A walk over the sorted list as an implicit trie (the
//! Levenshtein-automaton way) cost five times the scan: its first two levels cannot prune at
//! distance 2.

/// A word list entry within the distance limit: its index in the list and its distance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub index: usize,
    pub distance: u8,
}

/// The letters of a word as a bit set with counts: bit `c` when the word has a letter `c`, bit
/// `32 + c` when it has two (a to z; other letters folded into six more classes).
pub fn letter_mask(word: &str) -> u64 {
    if word.is_ascii() {
        // The index's own function (it stores the masks of its words).
        return super::deletes::letter_mask(word.as_bytes());
    }
    let (mut once, mut twice) = (0u32, 0u32);
    for c in word.chars() {
        let bit = match c {
            'a'..='z' => 1 << (c as u32 - 'a' as u32),
            _ => 1 << (26 + c as u32 % 6),
        };
        twice |= once & bit;
        once |= bit;
    }
    u64::from(once) | u64::from(twice) << 32
}

/// True when `bits` has at most `MAX` bits set (no `popcnt` on baseline x86-64; `MAX` a constant
/// so that the loop unrolls).
#[inline(always)]
fn at_most<const MAX: u8>(mut bits: u64) -> bool {
    for _ in 0..MAX {
        bits &= bits.wrapping_sub(1);
    }
    bits == 0
}

/// True when words with letter masks `a` and `b` may be within `max` edits (the filter of `scan`).
pub fn masks_allow(a: u64, b: u64, max: u8) -> bool {
    match max {
        0 => a == b,
        1 => at_most::<1>(a & !b) & at_most::<1>(b & !a),
        _ => at_most::<2>(a & !b) & at_most::<2>(b & !a),
    }
}

/// Every word of `words` within OSA distance `max` of `query`: a scan that skips a word unless
/// its length and its letters allow the distance, and measures the few that remain.
///
/// The letter filter is a lower bound: an edit removes at most one letter of either word that the
/// other lacks, so the letters (counted up to two of each) that one word has beyond the other
/// each need an edit of their own. Beyond two edits a word has too many neighbours to search,
/// so `max` is at most 2.
pub fn scan<S: AsRef<str>>(words: &[S], masks: &[u64], query: &str, max: u8, out: &mut Vec<Hit>) {
    match max {
        0 => scan_within::<0, S>(words, masks, query, out),
        1 => scan_within::<1, S>(words, masks, query, out),
        2 => scan_within::<2, S>(words, masks, query, out),
        _ => panic!("candidate search beyond distance 2 ({max})"),
    }
}

fn scan_within<const MAX: u8, S: AsRef<str>>(words: &[S], masks: &[u64], query: &str, out: &mut Vec<Hit>) {
    let entries = words.iter().zip(masks).enumerate().map(|(index, (w, &m))| (index, w.as_ref(), m));
    measure_within::<MAX, _>(entries, query, out);
}

/// `scan` over chosen entries of a list: (index, word, letter mask), in the order given.
pub fn measure<'w>(entries: impl Iterator<Item = (usize, &'w str, u64)>, query: &str, max: u8, out: &mut Vec<Hit>) {
    match max {
        0 => measure_within::<0, _>(entries, query, out),
        1 => measure_within::<1, _>(entries, query, out),
        2 => measure_within::<2, _>(entries, query, out),
        _ => panic!("candidate search beyond distance 2 ({max})"),
    }
}

fn measure_within<'w, const MAX: u8, I: Iterator<Item = (usize, &'w str, u64)>>(
    entries: I,
    query: &str,
    out: &mut Vec<Hit>,
) {
    let qm = letter_mask(query);
    let ql = query.len();
    let osa = Osa::new(query);
    for (index, w, m) in entries {
        // The masks first: almost every word fails them, and they leave `words` untouched.
        // `&` rather than `&&`: both tests cost less than a branch.
        if !(at_most::<MAX>(qm & !m) & at_most::<MAX>(m & !qm)) {
            continue;
        }
        if w.len().abs_diff(ql) > MAX as usize {
            continue;
        }
        let d = match &osa {
            Some(osa) if w.is_ascii() => Some(osa.distance(w.as_bytes())).filter(|&d| d <= MAX as usize),
            _ => bounded(w.as_bytes(), query.as_bytes(), MAX).map(usize::from),
        };
        if let Some(d) = d {
            out.push(Hit { index, distance: d as u8 });
        }
    }
}

/// OSA distance to one ASCII query of fewer than 64 bytes, bit-parallel (Hyyrö 2003, with
/// transpositions): one pass over the other word with a few word operations per byte.
struct Osa {
    /// For each byte, the positions of the query where it occurs.
    peq: [u64; 128],
    len: usize,
}

impl Osa {
    fn new(query: &str) -> Option<Osa> {
        if query.is_empty() || query.len() >= 64 || !query.is_ascii() {
            return None;
        }
        let mut peq = [0u64; 128];
        for (i, b) in query.bytes().enumerate() {
            peq[usize::from(b)] |= 1 << i;
        }
        Some(Osa { peq, len: query.len() })
    }

    /// The distance to an ASCII word.
    fn distance(&self, word: &[u8]) -> usize {
        let last = 1u64 << (self.len - 1);
        let (mut vp, mut vn, mut d0, mut pm_before) = (!0u64, 0u64, 0u64, 0u64);
        let mut dist = self.len;
        for &b in word {
            let pm = self.peq[usize::from(b & 0x7f)];
            let tr = ((!d0 & pm) << 1) & pm_before;
            d0 = (((pm & vp).wrapping_add(vp)) ^ vp) | pm | vn | tr;
            let hp = vn | !(d0 | vp);
            let hn = d0 & vp;
            dist += usize::from(hp & last != 0);
            dist -= usize::from(hn & last != 0);
            let hp = (hp << 1) | 1;
            let hn = hn << 1;
            vp = hn | !(d0 | hp);
            vn = hp & d0;
            pm_before = pm;
        }
        dist
    }
}

/// OSA distance in bytes when it is at most `max`, with three rows on the stack and a stop as soon
/// as a row is over the limit. Words are ASCII but for a few; those and overlong words take the
/// exact character distance.
fn bounded(a: &[u8], b: &[u8], max: u8) -> Option<u8> {
    const N: usize = 48;
    if a.len() >= N || b.len() >= N || !a.is_ascii() || !b.is_ascii() {
        let d = distance(std::str::from_utf8(a).ok()?, std::str::from_utf8(b).ok()?);
        return (d <= max as usize).then_some(d as u8);
    }
    let mut before = [0u8; N];
    let mut up = [0u8; N];
    let mut row = [0u8; N];
    for (k, cell) in up.iter_mut().enumerate().take(b.len() + 1) {
        *cell = k as u8;
    }
    for i in 1..=a.len() {
        row[0] = i as u8;
        let mut best = row[0];
        for k in 1..=b.len() {
            let cost = u8::from(a[i - 1] != b[k - 1]);
            let mut v = (up[k - 1] + cost).min(up[k] + 1).min(row[k - 1] + 1);
            if i >= 2 && k >= 2 && a[i - 1] == b[k - 2] && a[i - 2] == b[k - 1] {
                v = v.min(before[k - 2] + 1);
            }
            row[k] = v;
            best = best.min(v);
        }
        if best > max {
            return None;
        }
        std::mem::swap(&mut before, &mut up);
        std::mem::swap(&mut up, &mut row);
    }
    let d = up[b.len()];
    (d <= max).then_some(d)
}

/// True when two words are within OSA distance `max` (in characters): `distance(a, b) <= max`,
/// stopping as soon as the distance is over.
pub fn within(a: &str, b: &str, max: u8) -> bool {
    bounded(a.as_bytes(), b.as_bytes(), max).is_some()
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
    // Words fit on the stack but for rare overlong ones.
    const N: usize = 40;
    if intended.len() < N && typo.len() < N && intended.is_ascii() && typo.is_ascii() {
        let (mut ca, mut cb) = ([' '; N], [' '; N]);
        for (slot, b) in ca.iter_mut().zip(intended.bytes()) {
            *slot = char::from(b);
        }
        for (slot, b) in cb.iter_mut().zip(typo.bytes()) {
            *slot = char::from(b);
        }
        let (a, b) = (&ca[..intended.len()], &cb[..typo.len()]);
        let (mut drops, mut adds) = ([0f32; N], [0f32; N]);
        for (i, slot) in drops.iter_mut().enumerate().take(a.len()) {
            *slot = drop_cost(a, i);
        }
        for (j, slot) in adds.iter_mut().enumerate().take(b.len()) {
            *slot = add_cost(b, j);
        }
        let mut rows = [[0f32; N + 1]; 4];
        return cost_rows(a, b, &drops[..a.len()], &adds[..b.len()], &mut rows);
    }
    let a: Vec<char> = intended.chars().collect();
    let b: Vec<char> = typo.chars().collect();
    let drops: Vec<f32> = (0..a.len()).map(|i| drop_cost(&a, i)).collect();
    let adds: Vec<f32> = (0..b.len()).map(|j| add_cost(&b, j)).collect();
    cost_rows(&a, &b, &drops, &adds, &mut vec![vec![0f32; b.len() + 1]; 4])
}

/// `typo_cost` with four rows of the table: the row being filled and the three above it.
/// `drops` and `adds` hold the cost of dropping each letter of `a` and adding each of `b`: they
/// depend on the letter's neighbours only, so they are worked out once rather than per cell.
fn cost_rows<R: AsMut<[f32]>>(a: &[char], b: &[char], drops: &[f32], adds: &[f32], rows: &mut [R]) -> f32 {
    let row = |i: usize| i % 4;
    let mut first = 0.0;
    for j in 1..=b.len() {
        first += adds[j - 1];
        rows[0].as_mut()[j] = first;
    }
    let mut column = 0.0;
    for i in 1..=a.len() {
        column += drops[i - 1];
        let [r0, r1, r2, r3] = rows else { unreachable!() };
        let (three_up, two_up, up, d) = match row(i) {
            0 => (r1.as_mut(), r2.as_mut(), r3.as_mut(), r0.as_mut()),
            1 => (r2.as_mut(), r3.as_mut(), r0.as_mut(), r1.as_mut()),
            2 => (r3.as_mut(), r0.as_mut(), r1.as_mut(), r2.as_mut()),
            _ => (r0.as_mut(), r1.as_mut(), r2.as_mut(), r3.as_mut()),
        };
        d[0] = column;
        let (ai, drop) = (a[i - 1], drops[i - 1]);
        for j in 1..=b.len() {
            let sub = if ai == b[j - 1] { 0.0 } else { swap_cost(ai, b[j - 1]) };
            let mut v = (up[j - 1] + sub).min(up[j] + drop).min(d[j - 1] + adds[j - 1]);
            if i >= 2 && j >= 2 && ai == b[j - 2] && a[i - 2] == b[j - 1] && ai != a[i - 2] {
                v = v.min(two_up[j - 2] + 0.7);
            }
            if i >= 3 && j >= 3 && ai == b[j - 3] && a[i - 3] == b[j - 1] && a[i - 2] == b[j - 2] && ai != a[i - 3] {
                // Two letters swapped across a third, as a speller hears them: `kolerasi` for
                // `korelasi`.
                v = v.min(three_up[j - 3] + 0.8);
            }
            if i >= 2 {
                // Two letters dropped together, a syllable lost: `fenoma` for `fenomena`.
                v = v.min(two_up[j] + 1.3);
            }
            d[j] = v;
        }
    }
    rows[row(a.len())].as_mut()[b.len()]
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
    if j == 0 {
        // A stray letter before a word is rarely a slip and often a prefix (`epaper`, `ektp`) or
        // the word's own first letter, even one beside the next on the keyboard (Javanese `ewang`
        // is no slip of `wang`).
        1.4
    } else if near(j.checked_sub(1).and_then(|k| typo.get(k))) || near(typo.get(j + 1)) {
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

/// Row and column of each letter a to z on the keyboard: `typo_cost` asks for every cell.
const KEYS: [(i8, i8); 26] = {
    let mut keys = [(0, 0); 26];
    let mut r = 0;
    while r < QWERTY.len() {
        let row = QWERTY[r].as_bytes();
        let mut col = 0;
        while col < row.len() {
            keys[(row[col] - b'a') as usize] = (r as i8, col as i8);
            col += 1;
        }
        r += 1;
    }
    keys
};

/// Whether keys at these rows and columns are next to each other. Rows are staggered by about
/// half a key to the right each.
const fn adjacent((ra, ca): (i8, i8), (rb, cb): (i8, i8)) -> bool {
    let right = if ra < rb { ca - cb } else { cb - ca };
    (ra == rb && (ca - cb).abs() == 1) || ((ra - rb).abs() == 1 && right >= 0 && right <= 1)
}

/// The keys next to each letter a to z, as bits: `typo_cost` asks for most cells of its table.
const NEAR: [u32; 26] = {
    let mut near = [0; 26];
    let mut a = 0;
    while a < 26 {
        let mut b = 0;
        while b < 26 {
            if a != b && adjacent(KEYS[a], KEYS[b]) {
                near[a] |= 1 << b;
            }
            b += 1;
        }
        a += 1;
    }
    near
};

/// True when two letters are next to each other on a QWERTY keyboard (as Indonesian keyboards
/// are), in a row or between rows.
pub fn keyboard_neighbours(a: char, b: char) -> bool {
    let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
    if !a.is_ascii_lowercase() || !b.is_ascii_lowercase() {
        return false;
    }
    NEAR[a as usize - 'a' as usize] >> (b as usize - 'a' as usize) & 1 != 0
}

/// The keys next to `c`, for the typo generator of the benchmark.
pub fn neighbours_of(c: char) -> Vec<char> {
    ('a'..='z').filter(|&n| keyboard_neighbours(c, n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scan_finds_every_word_within_the_distance() {
        let words =
            ["d", "dara", "dari", "daring", "diri", "kedari", "korea", "korut", "tari", "tenaga", "tenar", "tentara"];
        let masks: Vec<u64> = words.iter().map(|w| letter_mask(w)).collect();
        for query in ["dqari", "tenara", "dri", "x", "kout", "korearn"] {
            let mut hits = Vec::new();
            scan(&words, &masks, query, 2, &mut hits);
            let got: Vec<(&str, u8)> = hits.iter().map(|h| (words[h.index], h.distance)).collect();
            let want: Vec<(&str, u8)> =
                words.iter().map(|w| (*w, distance(w, query) as u8)).filter(|(_, d)| *d <= 2).collect();
            assert_eq!(got, want, "query {query}");
        }
    }

    #[test]
    fn the_bit_parallel_distance_is_the_exact_distance() {
        // Words over a small alphabet, so that swaps, doubled letters and repeats are common.
        let mut words = vec![String::new()];
        for len in 1..=5 {
            let mut n: u32 = 7 * len;
            for _ in 0..60 {
                n = n.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                words.push((0..len).map(|k| char::from(b"abca"[((n >> (8 + 2 * k)) & 3) as usize])).collect());
            }
        }
        words.extend(
            ["diluncurkan", "diluncurkna", "penyelesaian", "penyelemaan", "korea", "korearn"].map(String::from),
        );
        for a in words.iter().filter(|w| !w.is_empty()) {
            let osa = Osa::new(a).unwrap();
            for b in &words {
                assert_eq!(osa.distance(b.as_bytes()), distance(a, b), "{a} / {b}");
            }
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
        assert_eq!(neighbours_of('d'), ['c', 'e', 'f', 'r', 's', 'x']);
    }

    #[test]
    fn letters_swapped_across_a_third_are_one_slip() {
        assert_eq!(typo_cost("korelasi", "kolerasi"), 0.8);
        assert_eq!(typo_cost("berkorelasi", "berkolerasi"), 0.8);
        // Not when the two letters are the same: that is no swap.
        assert!(typo_cost("lolos", "lolos") == 0.0 && typo_cost("kerata", "karete") > 0.8);
    }
}
