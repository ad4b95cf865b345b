//! The `dedupe` stage: a paragraph said twice is said once. Pages repeat text in a few ways: the
//! same paragraph printed twice (a caption's plain copy, a block rendered for two layouts), and a
//! teaser or pull quote that repeats a sentence of the body.
//!
//! Near-duplicates are kept: a live report repeats its update paragraphs with new figures
//! (`dev/raw/011`), and those are different paragraphs.

use crate::catalog::BuiltinRule;
use crate::document::{Changes, Document};
use crate::stages::Stage;
use crate::text::{ends_sentence, lines};
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

pub const RULES: &[BuiltinRule] = &[
    BuiltinRule {
        code: "U001",
        name: "repeated-paragraph",
        why: "A paragraph printed again word for word is one paragraph; the first stays. The headline \
              printed again inside the article (an image's caption made of it) is a copy too, with or without a stop.",
        example: Some((
            "Harga beras medium naik lagi di pasar induk Cipinang pada pekan kedua bulan ini.\\n\\nDua.\\n\\nHarga beras medium naik lagi di pasar induk Cipinang pada pekan kedua bulan ini.",
            "Harga beras medium naik lagi di pasar induk Cipinang pada pekan kedua bulan ini.\\n\\nDua.",
        )),
    },
    BuiltinRule {
        code: "U002",
        name: "repeated-sentence",
        why: "A teaser, standfirst or pull quote that repeats a sentence of another paragraph word for \
              word is a copy, and so is a teaser cut off mid-sentence that opens another paragraph, with the \
              lines a copy's broken sentence goes on in; the paragraph that holds it stays.",
        example: Some((
            "Puluhan wartawan yang meliput acara itu kecewa.\\n\\nPuluhan wartawan yang meliput acara itu kecewa. Pasalnya, kartu tidak berlaku.",
            "Puluhan wartawan yang meliput acara itu kecewa. Pasalnya, kartu tidak berlaku.",
        )),
    },
];

pub struct Dedupe;

impl Dedupe {
    pub fn new() -> Self {
        Dedupe
    }
}

impl Default for Dedupe {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage for Dedupe {
    fn name(&self) -> &'static str {
        "dedupe"
    }

    fn apply(&self, doc: &mut Document) {
        let text = doc.text();
        let blocks = lines(text);
        let title_first =
            doc.metadata.title.as_deref().is_some_and(|t| blocks.first().is_some_and(|b| &text[b.clone()] == t));
        let gone = repeats(text, &blocks, title_first);
        let mut changes = Changes::new();
        let last_kept = gone.iter().rposition(Option::is_none);
        for (i, rule) in gone.iter().enumerate() {
            let Some(rule) = rule else { continue };
            let range = match last_kept {
                Some(k) if i > k => blocks[i - 1].end..blocks[i].end,
                _ if i + 1 < blocks.len() => blocks[i].start..blocks[i + 1].start,
                _ => blocks[i].clone(),
            };
            changes.delete(range, rule);
        }
        doc.apply(self.name(), changes);
    }

    fn builtin_rules(&self) -> &'static [BuiltinRule] {
        RULES
    }
}

/// Which of `blocks` (the paragraphs of `text`) are copies of another, and by which rule. With
/// `title_first`, the first block is the title and stays. Boilerplate asks too, to judge a page
/// on the paragraphs that will stay.
pub fn repeats(text: &str, blocks: &[Range<usize>], title_first: bool) -> Vec<Option<&'static str>> {
    let keys: Vec<String> = blocks.iter().map(|r| key(&text[r.clone()])).collect();
    let mut seen = FxHashSet::default();
    let mut gone = vec![None; blocks.len()];
    // The headline printed again inside the article (an image's caption or alt text made of
    // it) is a copy, with or without a stop after it. Only a headline set as one, in title
    // case: a first paragraph in sentence case may be a cut teaser of the next, which is the
    // article's own (`cut_teasers` decides those).
    let headline = |b: &Range<usize>| title_case(&text[b.clone()]);
    let title = keys
        .first()
        .filter(|k| title_first && has_words(k, 4) && blocks.first().is_some_and(headline))
        .map(|k| without_stop(k));
    for (i, k) in keys.iter().enumerate() {
        if i > 0 && title.is_some_and(|t| without_stop(k) == t) {
            gone[i] = Some("U001");
            continue;
        }
        // Short lines recur as list items (`1/2 sdt garam` in two lists of a recipe, a
        // dosage under two headings): only a paragraph of prose said twice is a copy, or a line
        // printed twice in a row (an image's alt text and its caption).
        let twice_in_a_row = i > 0 && has_words(k, 4) && keys[i - 1] == *k;
        if (has_words(k, 12) && !seen.insert(k.as_str())) || twice_in_a_row {
            gone[i] = Some("U001");
        }
    }
    cut_teasers(text, blocks, &keys, &mut gone);
    // Only whole sentences count: a short phrase recurs in prose by chance.
    let sought: Vec<bool> =
        keys.iter().zip(blocks).map(|(k, r)| has_words(k, 6) && ends_sentence(&text[r.clone()])).collect();
    let openings: FxHashSet<&str> =
        keys.iter().zip(&sought).filter(|(_, sought)| **sought).map(|(k, _)| opening(k)).collect();
    // Every sentence start of every block that opens as a sought paragraph does: a paragraph
    // stands inside another only where one of its sentences starts, so each block is
    // compared with the few places that open as it does, not with every other block.
    let mut starts: FxHashMap<&str, Vec<(usize, usize)>> = FxHashMap::default();
    for (j, other) in keys.iter().enumerate() {
        for at in sentence_starts(other) {
            let open = opening(&other[at..]);
            if openings.contains(open) {
                starts.entry(open).or_default().push((j, at));
            }
        }
    }
    // Longest first, so the search stops at the first paragraph no longer than the one
    // looked for (a paragraph repeated many times would otherwise meet every copy).
    for places in starts.values_mut() {
        places.sort_by_key(|&(j, _)| std::cmp::Reverse(keys[j].len()));
    }
    for (i, k) in keys.iter().enumerate() {
        if gone[i].is_some() || !sought[i] || (i == 0 && title_first) {
            continue;
        }
        let candidates = starts.get(opening(k)).map_or(&[][..], Vec::as_slice);
        let quoted = quote_words(k);
        let shortest = quoted.map_or(k.len(), str::len);
        let mut longer = candidates.iter().take_while(|&&(j, _)| keys[j].len() > shortest);
        let inside = longer.any(|&(j, at)| {
            let (other, here) = (&keys[j], &keys[j][at..]);
            let whole = other.len() > k.len()
                && here.starts_with(k.as_str())
                && (here.len() == k.len() || here[k.len()..].starts_with(' '));
            // A pull quote ends where the quotation does, whatever mark the speech had there
            // (`... a decision."` in `... a decision," noted Luhut.`).
            let quote = quoted.is_some_and(|q| here.strip_prefix(q).is_some_and(closes_quote));
            j != i && gone[j].is_none() && (whole || quote)
        });
        if inside {
            gone[i] = Some("U002");
        }
    }
    gone
}

/// A teaser cut off mid-sentence (a page's description: `"Sejak saya ... tutur seorang
/// mahasiswa`, or the same with `...` after it) that opens another paragraph word for word is a
/// copy of that paragraph's start: it goes (U002) and the whole paragraph stays.
fn cut_teasers(text: &str, blocks: &[Range<usize>], keys: &[String], gone: &mut [Option<&'static str>]) {
    let teaser = |i: usize| {
        let k = keys[i].as_str();
        let cut = k.strip_suffix("...").or_else(|| k.strip_suffix('…')).map(str::trim_end);
        match cut {
            Some(cut) => Some(cut),
            None if !ends_sentence(&text[blocks[i].clone()]) => Some(k),
            None => None,
        }
        .filter(|k| has_words(k, TEASER_WORDS))
    };
    let teasers: Vec<(usize, &str)> = (0..keys.len()).filter_map(|i| Some((i, teaser(i)?))).collect();
    if teasers.is_empty() {
        return;
    }
    let mut by_opening: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (j, k) in keys.iter().enumerate() {
        by_opening.entry(opening(unquoted(k))).or_default().push(j);
    }
    for (i, t) in teasers {
        let t = unquoted(t);
        let opened = by_opening.get(opening(t)).and_then(|places| {
            places.iter().copied().find(|&j| j != i && gone[j].is_none() && opens_with(unquoted(&keys[j]), t))
        });
        let Some(j) = opened.filter(|_| gone[i].is_none()) else { continue };
        gone[i] = Some("U002");
        // A copy whose line broke inside a sentence (`... kata Kapolres kepada` / `Medcom.id,
        // Jumat, 6 September 2019.`) goes on in the lines under it, as far as they go on with
        // the paragraph it copies.
        let whole = unquoted(&keys[j]);
        let mut copied = t.to_string();
        for n in i + 1..keys.len() {
            copied.push(' ');
            copied.push_str(&keys[n]);
            if n == j || gone[n].is_some() || !(whole == copied || opens_with(whole, &copied)) {
                break;
            }
            gone[n] = Some("U002");
        }
    }
}

/// Whether `teaser`, cut off mid-sentence in a sentence's case, opens one of `paragraphs` word
/// for word: a page's description above the article, which goes as a copy, not its headline.
pub fn opens_as_cut_teaser<'p>(teaser: &str, mut paragraphs: impl Iterator<Item = &'p str>) -> bool {
    if ends_sentence(teaser) || title_case(teaser) {
        return false;
    }
    let t = key(teaser);
    let t = unquoted(&t);
    has_words(t, TEASER_WORDS) && paragraphs.any(|p| opens_with(unquoted(&key(p)), t))
}

/// Whether the paragraph key `whole` opens with `part` and goes on past it, `part` ending where
/// a word does (a space, a comma or a quote's close may follow it).
fn opens_with(whole: &str, part: &str) -> bool {
    whole.len() > part.len() && whole.starts_with(part) && !whole[part.len()..].starts_with(char::is_alphanumeric)
}

/// `key` without the quotation mark that opens it: a page's description drops the mark of the
/// quote it cuts (`Saya cukup senang ...` above `"Saya cukup senang ...," kata Firman`).
fn unquoted(key: &str) -> &str {
    key.strip_prefix(['"', '“']).unwrap_or(key)
}

/// A cut-off teaser is taken for a copy from this many words: a short phrase opens paragraphs
/// by chance.
const TEASER_WORDS: usize = 8;

/// Whether most of `text`'s words of four letters or more open with a capital, as headlines set
/// in title case do and sentences do not.
fn title_case(text: &str) -> bool {
    let long: Vec<&str> = text.split_whitespace().filter(|w| w.chars().count() >= 4).collect();
    let capitalised = long.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    !long.is_empty() && capitalised * 2 > long.len()
}

fn without_stop(key: &str) -> &str {
    key.trim_end_matches(['.', '!', '?'])
}

/// The words of a quotation that ends `text`, without the mark and the quote that close it.
fn quote_words(text: &str) -> Option<&str> {
    text.strip_suffix(['"', '”'])?.strip_suffix(['.', ',', '!', '?'])
}

/// Whether `rest` opens with a mark and the quote that closes a quotation.
fn closes_quote(rest: &str) -> bool {
    rest.strip_prefix(['.', ',', '!', '?']).is_some_and(|r| r.starts_with(['"', '”']))
}

/// Case and spacing do not make a paragraph different.
fn key(block: &str) -> String {
    if !block.is_ascii() {
        return unicode_key(block);
    }
    // A paragraph as blocks leave it is spaced already: single spaces, no other whitespace.
    let bytes = block.as_bytes();
    let spaced = !bytes.iter().any(|&b| b < b' ')
        && !bytes.starts_with(b" ")
        && !bytes.ends_with(b" ")
        && memchr::memmem::find(bytes, b"  ").is_none();
    if spaced {
        return block.to_ascii_lowercase();
    }
    // Nearly every paragraph is ASCII: its words are copied whole and lower-cased at once, with
    // no Unicode tables. `char::is_whitespace` on ASCII, as `split_whitespace` splits (it
    // includes \x0B).
    let mut key = Vec::with_capacity(block.len());
    let space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
    for word in block.as_bytes().split(space).filter(|w| !w.is_empty()) {
        if !key.is_empty() {
            key.push(b' ');
        }
        key.extend_from_slice(word);
    }
    key.make_ascii_lowercase();
    String::from_utf8(key).expect("ASCII in, ASCII out")
}

fn unicode_key(block: &str) -> String {
    let mut key = String::with_capacity(block.len());
    for word in block.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        if word.is_ascii() {
            let from = key.len();
            key.push_str(word);
            key[from..].make_ascii_lowercase();
        } else {
            key.push_str(&word.to_lowercase());
        }
    }
    key
}

/// Whether `key` has at least `n` words: a key's words are separated by single spaces.
fn has_words(key: &str, n: usize) -> bool {
    !key.is_empty() && key.bytes().filter(|&b| b == b' ').take(n - 1).count() == n - 1
}

/// Where a sentence may start in `key`: its start and after every sentence end, so a paragraph
/// found there stands at a sentence boundary, not inside a longer sentence.
///
/// One pass, the state being `ends_sentence` of the text so far: asking it at every position would
/// walk back over a long run of closing quotes again and again. Between sentence ends the state
/// stays false, so the scan skips to the next byte that can open one (`.`, `!`, `?`, or the lead
/// byte of `…`) without decoding the characters between.
fn sentence_starts(key: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = key.as_bytes();
    let (mut at, mut ended) = (0, false);
    let later = std::iter::from_fn(move || loop {
        if !ended {
            at += bytes[at..].iter().position(|b| matches!(b, b'.' | b'!' | b'?' | 0xE2))?;
        }
        let c = key[at..].chars().next()?;
        let here = at;
        at += c.len_utf8();
        let start = here > 0 && ended && c != ' ';
        match c {
            '.' | '!' | '?' | '…' => ended = true,
            '"' | '\'' | ')' | ']' | '”' | '’' | ' ' => {}
            _ => ended = false,
        }
        if start {
            return Some(here);
        }
    });
    std::iter::once(0).chain(later)
}

/// The first three words of `text` (all of it when shorter). A paragraph U002 looks for has at
/// least six words, so the place it stands in another opens with the same three.
fn opening(text: &str) -> &str {
    let mut spaces = text.bytes().enumerate().filter(|&(_, b)| b == b' ');
    match spaces.nth(2) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_example_holds() {
        crate::stages::testing::check_examples(&Dedupe::new());
    }

    fn run(input: &str) -> String {
        crate::stages::testing::run_stage(&Dedupe::new(), input).text().to_string()
    }

    #[test]
    fn a_teaser_cut_off_mid_sentence_that_opens_a_paragraph_goes() {
        let whole = "\"Sejak saya membawa botol air putih, tubuh saya terasa lebih segar,\" tutur seorang \
                     mahasiswa yang saya wawancarai di sela kuliahnya.";
        let cut = "\"Sejak saya membawa botol air putih, tubuh saya terasa lebih segar,\" tutur seorang mahasiswa";
        for teaser in [cut.to_string(), format!("{cut}...")] {
            assert_eq!(run(&format!("Judul\n\n{teaser}\n\n{whole}")), format!("Judul\n\n{whole}"));
        }
        // A short line that opens a paragraph (a heading, a list's lead-in) stays.
        let lead = "Harga beras naik:\n\nHarga beras naik di tiga pasar induk pekan ini.";
        assert_eq!(run(lead), lead);
    }

    /// A page printed twice, its second copy's line broken inside a sentence: both halves of
    /// the broken line are the copy's, and go; a line that goes on otherwise stays.
    #[test]
    fn a_copy_broken_across_lines_goes_whole() {
        let quote = "\"Dua masih diperiksa mendalam,\" kata Kapolres Metro Jakarta Pusat Kombes Harry Kurniawan \
                     kepada Medcom.id, Jumat, 6 September 2019.";
        let (head, tail) = quote.split_at(quote.find(" Medcom.id").expect("in the quote"));
        let after = "Harry belum memerinci kronologi penangkapan pelaku pungutan liar itu.";
        let page = format!("Judul\n\n{quote}\n\n{after}\n\n{head}\n\n{}\n\nDua orang lain masih dicari.", tail.trim());
        assert_eq!(run(&page), format!("Judul\n\n{quote}\n\n{after}\n\nDua orang lain masih dicari."));
    }

    /// A page's description cuts a quote without its quotation mark, and where the quote goes
    /// on with its comma and closing mark, not a space.
    #[test]
    fn a_teaser_without_the_quotes_mark_that_opens_a_quote_goes() {
        let quote = "\"Saya cukup senang hasil ini. Bukan menang karena banyak gol, namun gol yang tercipta \
                     semuanya melalui proses,\" kata pelatih itu usai pertandingan.";
        let teaser = "Saya cukup senang hasil ini. Bukan menang karena banyak gol, namun gol yang tercipta \
                      semuanya melalui proses";
        assert_eq!(run(&format!("Judul\n\n{teaser}\n\n{quote}")), format!("Judul\n\n{quote}"));
    }

    #[test]
    fn a_repeated_paragraph_is_kept_once() {
        let p = "Harga beras medium naik lagi di pasar induk Cipinang pada pekan kedua bulan ini.";
        assert_eq!(run(&format!("{p}\n\nTiga empat.\n\n{p}")), format!("{p}\n\nTiga empat."));
    }

    #[test]
    fn a_short_line_printed_twice_in_a_row_is_kept_once() {
        assert_eq!(
            run("Logo BRI Liga 1 2023-2024.\n\nLogo BRI Liga 1 2023-2024.\n\nDua."),
            "Logo BRI Liga 1 2023-2024.\n\nDua."
        );
        // Apart, or too short to be more than a list item or a cry, both stay.
        let input = "Logo BRI Liga 1.\n\nDua.\n\nLogo BRI Liga 1.\n\nMerdeka!\n\nMerdeka!";
        assert_eq!(run(input), input);
    }

    #[test]
    fn repeated_list_items_stay() {
        let input = "Bumbu:\n\n1/2 sdt garam\n\nTepung:\n\n1/2 sdt garam";
        assert_eq!(run(input), input);
    }

    #[test]
    fn a_teaser_repeating_a_body_sentence_goes() {
        let input = "Puluhan wartawan yang meliput ngunduh mantu kecewa.\n\n\
                     Puluhan wartawan yang meliput ngunduh mantu kecewa. Pasalnya, kartu tidak berlaku.";
        assert_eq!(run(input), "Puluhan wartawan yang meliput ngunduh mantu kecewa. Pasalnya, kartu tidak berlaku.");
    }

    #[test]
    fn a_pull_quote_goes_whatever_mark_closed_the_speech() {
        let body = "\"We have spoken aboard the aircraft. The president said he already knew about it and would \
                    make a decision,\" noted Luhut.";
        let input = format!("The president said he already knew about it and would make a decision.\"\n\n{body}");
        assert_eq!(run(&input), body);
        // Only a quotation closes there: a sentence that goes on after a comma says more.
        let longer = "Warga diminta tetap waspada karena hujan deras, kata dia kepada wartawan.";
        let input = format!("Warga diminta tetap waspada karena hujan deras.\n\n{longer}");
        assert_eq!(run(&input), input);
    }

    #[test]
    fn a_sentence_counts_inside_another_paragraph_only_at_a_sentence_start() {
        let body = "Hujan turun sejak pagi.\"Pasalnya, kartu pers tidak berlaku di sana.\" Lalu mereka pulang.";
        let input = format!("\"Pasalnya, kartu pers tidak berlaku di sana.\"\n\n{body}");
        assert_eq!(run(&input), body);
        let inside = "Kata dia pasalnya kartu pers tidak berlaku di sana hari itu.";
        let input = format!("Pasalnya kartu pers tidak berlaku di sana hari itu.\n\n{inside}");
        assert_eq!(run(&input), input);
    }

    #[test]
    fn sentences_start_after_their_closing_marks_and_not_inside_words() {
        let key = "dia pulang.\" lalu… ya. 3.5 juta";
        let starts: Vec<&str> = sentence_starts(key).map(|at| &key[at..]).collect();
        // After an end, every mark that is not a space can open the next sentence (a quote
        // that opens it), and so can the first letter after them; `3.5` is cut too, as
        // `ends_sentence` would cut it.
        assert_eq!(starts, [key, "\" lalu… ya. 3.5 juta", "lalu… ya. 3.5 juta", "ya. 3.5 juta", "3.5 juta", "5 juta"]);
    }

    #[test]
    fn updates_with_new_figures_are_different_paragraphs() {
        let input = "Saham BBCA turun 1,44% ke level 26.000.\n\nSaham BBCA turun 1,35% ke level 26.025.";
        assert_eq!(run(input), input);
    }
}
