//! The `blocks` stage: gives the text its paragraph structure, one paragraph per line and one
//! blank line between paragraphs, so every later stage can work block by block.
//!
//! Scrapers lose paragraph structure in a few typical ways, each undone here:
//! - single newlines between paragraphs (most sites) become paragraph breaks;
//! - hard-wrapped text (lines cut at a fixed width, `dev/raw/030`, `049`) is rejoined, keeping
//!   paragraph starts;
//! - paragraphs joined with a comma by a scraper's text-node join (`bulan.,Ketentuan`) are split;
//! - a page flattened to one line, paragraphs marked only by a double space after the sentence
//!   end (`pagi ini.  Jumat`), is split there.

use crate::catalog::BuiltinRule;
use crate::document::{Changes, Document};
use crate::stages::Stage;
use crate::text::{ends_sentence, opens_a_lede, opens_with_domain, starts_lowercase};
use std::ops::Range;

pub const RULES: &[BuiltinRule] = &[
    BuiltinRule {
        code: "L001",
        name: "paragraph-break",
        why: "Paragraphs are separated by exactly one blank line; single newlines, blank-line runs and \
              whitespace-only lines between them are one paragraph break.",
        example: Some(("Satu.\\n \\n\\n\\nDua.", "Satu.\\n\\nDua.")),
    },
    BuiltinRule {
        code: "L002",
        name: "wrapped-line",
        why: "A line broken in the middle of a sentence (hard wrapping, a continuation that starts \
              in lower case, or a link's text set on a line of its own) belongs to the paragraph before it.",
        example: Some((
            "Mengapa fenomena liburan di tengah pandemi sulit\\ndihindari oleh masyarakat kita?",
            "Mengapa fenomena liburan di tengah pandemi sulit dihindari oleh masyarakat kita?",
        )),
    },
    BuiltinRule {
        code: "L003",
        name: "comma-joined-paragraphs",
        why: "Some scrapers join paragraphs with a comma (`bulan.,Ketentuan`); the comma after a sentence \
              end and before a capital is a paragraph break, and lines of lone commas are their residue.",
        example: Some((
            "per tiga bulan.,Ketentuan tersebut berlaku.,Surat itu dikirim.",
            "per tiga bulan.\\n\\nKetentuan tersebut berlaku.\\n\\nSurat itu dikirim.",
        )),
    },
    BuiltinRule {
        code: "L004",
        name: "flattened-paragraphs",
        why: "A page flattened to one line keeps its paragraph breaks only as a double space after a \
              sentence end; a double space that is not such a break is one space.",
        example: Some((
            "pagi ini.  Jumat (18/1/2019) lalu, bank meminta suspensi.  Kedua bank itu bergabung.",
            "pagi ini.\\n\\nJumat (18/1/2019) lalu, bank meminta suspensi.\\n\\nKedua bank itu bergabung.",
        )),
    },
    BuiltinRule {
        code: "L006",
        name: "table-cell",
        why: "A table's cell that the scrape turned into a line (`Banjir di Badau. |`, an image's caption \
              under it) loses its bars, which are markup, and is a paragraph of its own: it continues \
              no sentence.",
        example: Some((
            "Banjir Landa Badau\nkondisi banjir di Badau. |\nWarga mengungsi.",
            "Banjir Landa Badau\n\nkondisi banjir di Badau.\n\nWarga mengungsi.",
        )),
    },
    BuiltinRule {
        code: "L007",
        name: "link-split-punctuation",
        why: "A line that opens with a comma, semicolon or full stop is the rest of the sentence above it, \
              cut where a link ended (`dikutip dari` / `Tribun Jateng` / `, Selasa.`): no paragraph \
              opens with one, and no space goes before it.",
        example: Some((
            "kata dia seperti dikutip dari\nTribun Jateng\n, Selasa (12/8/2025).",
            "kata dia seperti dikutip dari Tribun Jateng, Selasa (12/8/2025).",
        )),
    },
    BuiltinRule {
        code: "L005",
        name: "line-edge-space",
        why: "Spaces at the start or end of a line are layout, not text.",
        example: Some(("    Penangkapan tersebut", "Penangkapan tersebut")),
    },
];

pub struct Blocks;

impl Blocks {
    pub fn new() -> Self {
        Blocks
    }
}

impl Default for Blocks {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage for Blocks {
    fn name(&self) -> &'static str {
        "blocks"
    }

    fn apply(&self, doc: &mut Document) {
        let changes = split_joined(doc.text());
        doc.apply(self.name(), changes);
        let changes = layout(doc.text());
        doc.apply(self.name(), changes);
    }

    fn builtin_rules(&self) -> &'static [BuiltinRule] {
        RULES
    }
}

/// Splits paragraphs that a scraper joined inside one line: comma joins and flattened pages.
fn split_joined(text: &str) -> Changes {
    let mut changes = Changes::new();
    let comma_joined = count_comma_joins(text) >= 2;
    let trimmed = text.trim();
    let one_line = trimmed.len() > 400 && !trimmed.contains('\n');
    let lines = raw_lines(text);
    let typewriter = typewriter_spaced(text, &lines);
    for line in lines {
        let s = &text[line.clone()];
        let mut flattened = None;
        let bytes = s.as_bytes();
        let mut i = 0;
        // Only a comma (on a comma-joined page) or a double space can start a change: jump from
        // one to the next instead of looking at every byte.
        while let Some(found) = next_split_candidate(&bytes[i..], comma_joined) {
            i += found;
            let at = line.start + i;
            if bytes[i] == b',' && i > 0 {
                let before = &s[..i];
                // `.,Ketentuan`, `.,"Kalau`, `., "DMO`, `., , Dengan`: a sentence end, the join
                // comma (and the spaces and empty joins after it), a new paragraph.
                let spaces = s[i + 1..].len() - s[i + 1..].trim_start_matches([' ', ',']).len();
                let after = &s[i + 1 + spaces..];
                let sentence_end = ends_sentence(before.trim_end()) && !ends_with_degree(before);
                // `perbankan,"Kalau`: a join before a quoted paragraph (dev/notes/021).
                let quote_start =
                    spaces == 0 && after.starts_with('"') && after[1..].chars().next().is_some_and(char::is_uppercase);
                if (sentence_end
                    && (starts_paragraph(after) || after.starts_with(['"', '“']))
                    && !opens_with_degree(after))
                    || quote_start
                {
                    changes.replace(at..at + 1 + spaces, "\n\n", "L003");
                    // The empty joins after it (`.,,"Kalau`) went with it.
                    i += spaces;
                }
            } else if bytes[i] == b' ' && s[i..].starts_with("  ") && i > 0 {
                let run = s[i..].len() - s[i..].trim_start_matches(' ').len();
                if i + run < s.len() {
                    let sentence_end = ends_sentence(&s[..i]) || s[..i].ends_with(')');
                    let flattened = *flattened
                        .get_or_insert_with(|| !typewriter && (one_line || count_sentence_double_spaces(s) >= 2));
                    if flattened && sentence_end && starts_paragraph(&s[i + run..]) {
                        changes.replace(at..at + run, "\n\n", "L004");
                    } else {
                        // `normalize` left the double space for this stage to read; when it is
                        // not a paragraph break it is an ordinary space.
                        changes.replace(at..at + run, " ", "L004");
                    }
                }
                i += run;
                continue;
            }
            i += 1;
        }
    }
    changes
}

/// Where in `bytes` the next comma (when commas are read as joins) or double space is.
fn next_split_candidate(bytes: &[u8], commas: bool) -> Option<usize> {
    if commas {
        memchr::memchr2(b',', b' ', bytes)
    } else {
        memchr::memmem::find(bytes, b"  ")
    }
}

fn starts_paragraph(text: &str) -> bool {
    let text = text.trim_start_matches(['"', '\'', '“', '‘', '(', '[']);
    text.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn count_comma_joins(text: &str) -> usize {
    memchr::memmem::find_iter(text.as_bytes(), ".,")
        .filter(|i| {
            let after = text[i + 2..].trim_start_matches([' ', ',']);
            starts_paragraph(after) && !opens_with_degree(after) && !ends_with_degree(&text[..i + 1])
        })
        .count()
}

/// Whether `text` opens with an academic degree or title written with stops (`M.Si.`, `S.Sos.`,
/// `MAP.`): after `Dra.,` the comma lists a name's degrees, it does not join paragraphs.
fn opens_with_degree(text: &str) -> bool {
    degree(text.split(|c: char| c.is_whitespace() || c == ',').next().unwrap_or(""), true)
}

/// Whether `text` ends with a degree written with two stops or more (`Victor Manoppo, M.H.`), or
/// with one after a few capitals that a comma sets after a name or another degree (`Husnul
/// Hakim SY, MH.`): the comma after it goes on to the next name of a list (`M.H., Dirintelkam
/// Polda NTT`), or to the person's role.
fn ends_with_degree(text: &str) -> bool {
    let word = text.rsplit(|c: char| c.is_whitespace() || c == ',').next().unwrap_or("");
    degree(word, text[..text.len() - word.len()].trim_end().ends_with(','))
}

/// Whether `word` is a degree or title written with stops: two or more (`M.Si.`, `S.Sos.`), or,
/// where `capitals` allows, one after a few capitals (`MAP.`, `MH.`), which a sentence's last
/// acronym (`KPK.`) is written as too.
fn degree(word: &str, capitals: bool) -> bool {
    let Some(letters) = word.strip_suffix('.') else { return false };
    word.starts_with(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || c == '.')
        && (word.matches('.').count() >= 2
            || (capitals && letters.chars().count() <= 4 && letters.chars().all(char::is_uppercase)))
}

/// Whether the comma at byte `i` is alone on its line, but for spaces.
fn is_lone_comma(text: &str, i: usize) -> bool {
    let blank_to_line_edge = |c: Option<char>| c.map_or(true, |c| c == '\n');
    let not_space = |c: &char| *c == '\n' || !c.is_whitespace();
    blank_to_line_edge(text[..i].chars().rev().find(not_space))
        && blank_to_line_edge(text[i + 1..].chars().find(not_space))
}

fn count_sentence_double_spaces(line: &str) -> usize {
    memchr::memmem::find_iter(line.as_bytes(), "  ")
        .filter(|&i| ends_sentence(&line[..i]) && starts_paragraph(line[i..].trim_start()))
        .count()
}

/// Whether the writer typed two spaces after every sentence, as typewriter manuals taught: two
/// or more lines hold a double space after a sentence and none of them ends a sentence before a
/// single space. A flattened page has one such line, and its paragraphs of several sentences
/// keep single spaces inside them.
fn typewriter_spaced(text: &str, lines: &[Range<usize>]) -> bool {
    // Most texts have no double space at all: one search says so.
    if memchr::memmem::find(text.as_bytes(), b"  ").is_none() {
        return false;
    }
    let mut double_spaced = 0;
    for line in lines {
        let s = &text[line.clone()];
        if count_sentence_double_spaces(s) == 0 {
            continue;
        }
        if count_sentence_single_spaces(s) > 0 {
            return false;
        }
        double_spaced += 1;
    }
    double_spaced >= 2
}

/// How many sentences in `line` end with a word in small letters (not an abbreviation such as
/// `Dr.`) and a single space before the next one.
fn count_sentence_single_spaces(line: &str) -> usize {
    memchr::memmem::find_iter(line.as_bytes(), ". ")
        .filter(|&i| {
            let word = line[..i].rsplit(' ').next().unwrap_or("");
            let after = &line[i + 2..];
            word.chars().count() >= 2
                && word.chars().all(char::is_lowercase)
                && !after.starts_with(' ')
                && starts_paragraph(after)
        })
        .count()
}

/// Every line of `text` (without its newline), including empty ones.
fn raw_lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        out.push(start..i);
        start = i + 1;
    }
    out.push(start..text.len());
    out
}

/// A line with its content trimmed, and whether only a single newline separates it from the next.
struct Line {
    content: Range<usize>,
    /// The line was a table's cell (`| <caption> |`, `<text> |`): it stands alone.
    cell: bool,
}

/// Rewrites the whitespace between lines: a paragraph break (`\n\n`) or, for a wrapped line, a
/// space. Lines of only spaces and lone commas (comma-join residue) count as blank.
fn layout(text: &str) -> Changes {
    let comma_joined = count_comma_joins(text) >= 1
        || memchr::memchr_iter(b',', text.as_bytes()).filter(|&i| is_lone_comma(text, i)).nth(1).is_some();
    let mut lines: Vec<Line> = Vec::new();
    // For each kept line, how many blank lines preceded it.
    let mut blanks_before: Vec<usize> = Vec::new();
    let mut blanks = 0;
    for range in raw_lines(text) {
        let s = &text[range.clone()];
        let mut trimmed = s.trim();
        let residue = comma_joined && !trimmed.is_empty() && trimmed.chars().all(|c| c == ',' || c == ' ');
        if trimmed.is_empty() || residue {
            blanks += 1;
            continue;
        }
        let mut start = range.start + (s.len() - s.trim_start().len());
        if comma_joined && trimmed.starts_with(',') && !trimmed.starts_with(", ") {
            // `,Selain itu`: the join comma opening a line.
            trimmed = &trimmed[1..];
            start += 1;
        }
        if comma_joined && trimmed.ends_with(',') && ends_sentence(&trimmed[..trimmed.len() - 1]) {
            // `Sabtu (13/6).,`: the join comma closing a line goes with the line break, and so
            // does a space before it.
            trimmed = trimmed[..trimmed.len() - 1].trim_end();
        }
        // A table's cell that a scrape turned into text (an image's caption, a page's layout
        // table): its bars are markup, and the cell is a paragraph of its own.
        let mut cell = false;
        if let Some(inner) = trimmed.strip_suffix(" |").map(|t| t.strip_prefix("| ").unwrap_or(t)) {
            if !inner.contains('|') && inner.trim().chars().any(char::is_alphanumeric) {
                start += trimmed.len() - trimmed.trim_start_matches("| ").len();
                trimmed = inner.trim();
                cell = true;
            }
        }
        lines.push(Line { content: start..start + trimmed.len(), cell });
        blanks_before.push(blanks);
        blanks = 0;
    }
    // Whether a paragraph's break precedes each kept line: a blank line does, except in a text
    // wrapped at a fixed width with a blank line after every line (a blog that double-spaces its
    // lines), where a single blank line inside a sentence is a line's end.
    let mut blank_before: Vec<bool> = blanks_before.iter().map(|&b| b > 0).collect();
    for i in double_spaced_line_ends(text, &lines, &blanks_before) {
        blank_before[i] = false;
    }
    let wrap = WrapProfile::of(text, &lines, &blank_before);
    let mut changes = Changes::new();
    if let Some(first) = lines.first() {
        if first.content.start > 0 {
            changes.delete(0..first.content.start, "L005");
        }
    }
    for i in 0..lines.len() {
        let gap_start = lines[i].content.end;
        let gap_end = lines.get(i + 1).map_or(text.len(), |n| n.content.start);
        let gap = &text[gap_start..gap_end];
        if i + 1 == lines.len() {
            // The text ends with one newline; the emit step adds it when the source had none.
            if !gap.is_empty() && gap != "\n" {
                changes.replace(gap_start..gap_end, "\n", "L005");
            }
            break;
        }
        let prev = &text[lines[i].content.clone()];
        let next = &text[lines[i + 1].content.clone()];
        let next_next = lines.get(i + 2).map(|l| &text[l.content.clone()]);
        let prev_prev = i.checked_sub(1).map(|j| &text[lines[j].content.clone()]);
        let cell = lines[i].cell || lines[i + 1].cell;
        // A link's text set on a line of its own inside a sentence (`... pengaduan ke` /
        // `Kejagung` / `terkait potensi ...`): the three lines are one.
        let link_line = (next_next.is_some_and(|after| is_link_line(prev, next, after)) && !blank_before[i + 2])
            || prev_prev.is_some_and(|before| is_link_line(before, prev, next) && !blank_before[i]);
        let rest_of_sentence = !comma_joined && opens_mid_sentence(next) && !ends_paragraph(prev);
        let joined =
            !blank_before[i + 1] && !cell && (link_line || rest_of_sentence || wrap.is_wrap(prev, next, next_next));
        let (want, rule) = match (joined, gap.contains('|')) {
            (true, _) if opens_mid_sentence(next) => ("", "L007"),
            (true, _) => (" ", "L002"),
            (false, true) => ("\n\n", "L006"),
            (false, false) => ("\n\n", "L001"),
        };
        if gap != want {
            changes.replace(gap_start..gap_end, want, rule);
        }
    }
    changes
}

/// The lines under a single blank line that falls inside a sentence, when most single blank lines
/// do (else none): the line above ends none and the one below goes on in small letters, as a text
/// hard-wrapped and double-spaced reads (`... Daerah Istimewa` / blank / `Yogyakarta (DIY), akan
/// ...` / blank / `perintis melayani ...`). Writers who part paragraphs with one blank line end
/// them first.
fn double_spaced_line_ends(text: &str, lines: &[Line], blanks_before: &[usize]) -> Vec<usize> {
    let single: Vec<usize> = (1..lines.len()).filter(|&i| blanks_before[i] == 1).collect();
    let inside: Vec<usize> = single
        .iter()
        .copied()
        .filter(|&i| runs_on(&text[lines[i - 1].content.clone()], &text[lines[i].content.clone()]))
        .collect();
    if inside.len() >= 3 && inside.len() * 3 >= single.len() {
        inside
    } else {
        Vec::new()
    }
}

/// Whether a long line ends no sentence and the next goes on in small letters.
fn runs_on(prev: &str, next: &str) -> bool {
    !ends_paragraph(prev) && continues(next) && prev.chars().count() >= LONG_LINE
}

/// A line as long as a wrapped text's lines are, at least: shorter ones tell nothing of wrapping.
const LONG_LINE: usize = 40;

/// Whether the text was hard-wrapped at a fixed width, and at which.
struct WrapProfile {
    width: Option<usize>,
}

impl WrapProfile {
    /// A text is hard-wrapped when several long lines run on into the next line without ending
    /// a sentence: writers end paragraphs with punctuation, wrapping cuts anywhere.
    fn of(text: &str, lines: &[Line], blank_before: &[bool]) -> WrapProfile {
        let mut unterminated = Vec::new();
        let mut long = 0;
        let mut run_on_lowercase = 0;
        for i in 0..lines.len().saturating_sub(1) {
            let s = &text[lines[i].content.clone()];
            let len = s.chars().count();
            if blank_before[i + 1] || len < LONG_LINE {
                continue;
            }
            long += 1;
            if !ends_paragraph(s) {
                unterminated.push(len);
                if continues(&text[lines[i + 1].content.clone()]) {
                    run_on_lowercase += 1;
                }
            }
        }
        // Most long lines must run on, and wrapping cuts inside sentences, so some next lines
        // start in lower case: a page of one-line paragraphs with a few unfinished headlines or
        // captions is not wrapped.
        let wrapped =
            unterminated.len() >= 3 && unterminated.len() * 2 >= long && run_on_lowercase * 3 >= unterminated.len();
        let width = wrapped.then(|| unterminated.iter().copied().max().unwrap_or(0));
        WrapProfile { width }
    }

    fn is_wrap(&self, prev: &str, next: &str, next_next: Option<&str>) -> bool {
        // On a page not hard-wrapped, a line ending on a time's zone is a date line.
        if prev.ends_with(':') || ends_with_dash(prev) || (self.width.is_none() && ends_with_time_zone(prev)) {
            return false;
        }
        // A continuation in lower case after an unfinished sentence. A label line (`Editor: X`)
        // or a short line is not a sentence to continue, and a one-word line such as a widget
        // label (`thumbnail-author`) is not a continuation.
        if continues(next)
            && !ends_sentence(prev)
            && next.split_whitespace().nth(2).is_some()
            && prev.split_whitespace().nth(4).is_some()
            && !prev.contains(": ")
        {
            return true;
        }
        if is_first_word_apart(prev, next) {
            return true;
        }
        let Some(width) = self.width else { return false };
        // In a wrapped text a short line can still be cut mid-sentence (a paragraph's first
        // line beside an image: `Audiensi tersebut dilakukan untuk` / `mempersiapkan ...`),
        // and a comma ends no paragraph.
        if !ends_sentence(prev) && !prev.contains(": ") {
            if continues(next) && prev.split_whitespace().nth(1).is_some() {
                return true;
            }
            if prev.ends_with(',') && !is_drop_cap(next, next_next, width) {
                return true;
            }
            // A clause cut off after a word in small letters (`Bagi sementara pihak, sektor` /
            // `Telekomunikasi, ...`): the next line's capital is a name's, not a paragraph's.
            let last_word_small =
                prev.rsplit(' ').next().is_some_and(|w| w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()));
            if last_word_small && prev.contains(", ") {
                return true;
            }
        }
        if is_drop_cap(prev, Some(next), width) {
            // The first word of a paragraph cut off onto its own line (see below).
            return true;
        }
        // A lede's first words, the first in capitals, cut off onto a line of their own
        // (`SEJAK akhir` / `Februari 2017 hingga ...`): a capital after them starts no paragraph.
        if opens_a_lede(prev) && !ends_sentence(prev) && next.chars().count() >= LONG_LINE {
            return true;
        }
        // A sentence's end with room left on its line for the next line's first word: the
        // writer ended the paragraph there, since wrapping fills each line as far as it can. So
        // did a line longer than the wrapping's width (a page wrapped only in part).
        if ends_sentence(prev) {
            let first = next.split_whitespace().next().map_or(0, |w| w.chars().count());
            let len = prev.chars().count();
            if len + 1 + first <= width || len > width {
                return false;
            }
        }
        if prev.chars().count() * 10 < width * 6 {
            // A short line ends its paragraph.
            return false;
        }
        // Blogs that cut off a paragraph's first word onto a line of its own (`Penyakit` /
        // `lama peseteruan ...`, dev/raw/049) mark paragraph starts that way.
        !is_drop_cap(next, next_next, width)
    }
}

/// A paragraph's first word set on a line of its own, where a link's text ended (`Perampokan` /
/// `berdarah mengguncang warga ...`), on a page that is not wrapped: one capitalised word, no
/// label's punctuation, over a long line that goes on in small letters. A widget's label over a
/// short list in small letters (`Tags` / `banjir, polisi`) is no such line.
fn is_first_word_apart(line: &str, next: &str) -> bool {
    line.chars().count() >= 2
        && line.starts_with(char::is_uppercase)
        && line.chars().all(char::is_alphabetic)
        && continues(next)
        && next.split_whitespace().nth(FIRST_WORD_APART_RUN - 1).is_some()
}

/// The fewest words of the line a paragraph's first word set apart runs into.
const FIRST_WORD_APART_RUN: usize = 8;

/// A paragraph's first word alone on a line, its paragraph running on in the next line.
fn is_drop_cap(line: &str, next: Option<&str>, width: usize) -> bool {
    line.split_whitespace().count() == 1
        && line.chars().next().is_some_and(char::is_uppercase)
        && next.is_some_and(|n| starts_lowercase(n) || n.chars().count() * 10 >= width * 6)
}

/// A line that may continue the sentence of the line before: one in lower case, but not one
/// that opens with the site's domain as a dateline.
/// Whether `link` is a link's text that a scrape set on a line of its own inside a sentence: a
/// few capitalised words (a name) between a long line that stops mid-sentence and a line that
/// goes on in small letters.
fn is_link_line(before: &str, link: &str, after: &str) -> bool {
    // Asked of every line: a link's text is short, which rules out nearly every line at once.
    if link.len() > LINK_LINE_BYTES {
        return false;
    }
    // A comma after the link (`dikutip dari` / `Tribun Jateng` / `, Selasa.`) says the sentence
    // goes on as surely as a small letter does, even after a short line or before a short rest.
    let punctuated = opens_mid_sentence(after);
    if !punctuated && !continues(after) {
        return false;
    }
    let (before_words, after_words) = if punctuated { (1, 1) } else { (5, 3) };
    let words = link.split_whitespace().count();
    (1..=4).contains(&words)
        && link.starts_with(char::is_uppercase)
        && !ends_sentence(link)
        && !link.ends_with(':')
        && !ends_paragraph(before)
        && !ends_with_dash(before)
        && !before.contains(": ")
        && before.split_whitespace().nth(before_words - 1).is_some()
        && after.split_whitespace().nth(after_words - 1).is_some()
}

/// Whether a line opens with punctuation that only goes inside a sentence (`, Selasa.`): the
/// rest of the line above, which a link's end cut off. An ellipsis can open a line; a full stop
/// alone cannot.
fn opens_mid_sentence(line: &str) -> bool {
    let mut chars = line.chars();
    matches!(chars.next(), Some(',' | ';' | '.')) && matches!(chars.next(), None | Some(' '))
}

/// The longest a link's text on a line of its own is taken to be: four long words.
const LINK_LINE_BYTES: usize = 60;

fn continues(line: &str) -> bool {
    starts_lowercase(line) && !opens_with_domain(line)
}

/// Whether a line ends a paragraph as writers end one: a sentence, a colon, or a sentence
/// followed by a credit in brackets (`... kata dia. (mcr27/jpnn)`).
fn ends_paragraph(line: &str) -> bool {
    let before_credit = || line.rfind('(').map(|at| line[..at].trim_end()).is_some_and(ends_sentence);
    ends_sentence(line) || line.ends_with(':') || (line.ends_with(')') && before_credit())
}

/// Whether a line ends on a time's zone (`22 Nov 2024, 05:46 WIB`): a date line, which no
/// sentence runs on from.
fn ends_with_time_zone(s: &str) -> bool {
    let last = s.rsplit(' ').next().unwrap_or(s);
    matches!(last, "WIB" | "WITA" | "WIT") && s.len() > last.len()
}

fn ends_with_dash(s: &str) -> bool {
    s.ends_with(" -") || s.ends_with(" --") || s.ends_with(" –") || s.ends_with(" —")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_example_holds() {
        crate::stages::testing::check_examples(&Blocks::new());
    }

    fn run(input: &str) -> String {
        crate::stages::testing::run_stage(&Blocks::new(), input).text().to_string()
    }

    #[test]
    fn single_newlines_and_blank_runs_become_one_blank_line() {
        assert_eq!(run("Judul\nSatu.\n\n \n\nDua."), "Judul\n\nSatu.\n\nDua.");
    }

    #[test]
    fn a_lowercase_continuation_joins_its_line() {
        assert_eq!(
            run("Mengapa fenomena liburan di tengah pandemi sulit\ndihindari oleh masyarakat kita?"),
            "Mengapa fenomena liburan di tengah pandemi sulit dihindari oleh masyarakat kita?"
        );
    }

    #[test]
    fn one_line_paragraphs_with_a_lowercase_domain_dateline_are_not_wrapped() {
        let input = "Bupati Resmikan Jembatan Baru di Desa Terpencil\n\
                     Bupati meresmikan jembatan baru. Foto: Humas Pemkab\n\
                     jpnn.com, BANDUNG - Bupati meresmikan jembatan gantung yang menghubungkan dua desa terpencil.\n\
                     Warga menyambut gembira peresmian jembatan tersebut karena selama ini harus naik perahu.\n\
                     \"Dengan adanya jembatan ini, anak-anak bisa sekolah dengan aman,\" kata seorang warga. (mcr27/jpnn)\n\
                     Jangan Lewatkan Video Terbaru:";
        assert_eq!(run(input).matches("\n\n").count(), 5, "{}", run(input));
    }

    #[test]
    fn a_widget_label_is_not_a_continuation() {
        assert_eq!(run("Penulis\nthumbnail-author\nTasya"), "Penulis\n\nthumbnail-author\n\nTasya");
    }

    #[test]
    fn a_link_cut_out_of_a_sentence_opening_a_paragraph_is_put_back() {
        // Kompas credits a sister paper with a link at the head of a paragraph; the scrape set
        // the link on a line of its own and the rest of the sentence, comma first, on the next.
        let input =
            "Warga mengungsi sejak pagi.\nDikutip dari\nTribun Jateng\n, Kamis (23/10/2025), pansus bekerja.\nIa diam.";
        assert_eq!(
            run(input),
            "Warga mengungsi sejak pagi.\n\nDikutip dari Tribun Jateng, Kamis (23/10/2025), pansus bekerja.\n\nIa diam."
        );
    }

    #[test]
    fn a_paragraphs_first_word_set_apart_by_its_link_joins_the_paragraph() {
        let input =
            "SERANG, KOMPAS.com -\nPerampokan\nberdarah mengguncang warga Perumahan Puri Anggrek di Kota Serang.";
        assert_eq!(
            run(input),
            "SERANG, KOMPAS.com -\n\nPerampokan berdarah mengguncang warga Perumahan Puri Anggrek di Kota Serang."
        );
        // A label over a short list in small letters stays apart.
        assert_eq!(run("Tags\nbanjir, bekasi, posko"), "Tags\n\nbanjir, bekasi, posko");
    }

    #[test]
    fn a_date_line_is_not_continued_by_a_caption_in_small_letters() {
        let input =
            "oleh Liputan6 diperbarui 22 Nov 2024, 05:46 WIB\ntips menjaga kesehatan tubuh ©Ilustrasi dibuat AI";
        assert_eq!(
            run(input),
            "oleh Liputan6 diperbarui 22 Nov 2024, 05:46 WIB\n\ntips menjaga kesehatan tubuh ©Ilustrasi dibuat AI"
        );
    }

    #[test]
    fn a_line_opening_with_a_comma_after_a_finished_sentence_stays_apart() {
        assert_eq!(run("Ia pulang.\n, Kamis pagi."), "Ia pulang.\n\n, Kamis pagi.");
        assert_eq!(run("Ia pulang\n\n, Kamis pagi."), "Ia pulang\n\n, Kamis pagi.");
        assert_eq!(run("Tunggu\n... lalu pergi."), "Tunggu\n\n... lalu pergi.");
    }

    #[test]
    fn hard_wrapped_text_is_rejoined_but_keeps_paragraph_starts() {
        let input = "Penyakit\n\
            lama peseteruan antar sektor, antar program, dan antar departemen dalam\n\
            pelaksanaan program pembangunan masyarakat belum sembuh rupanya.\n\
            Belakangan\n\
            malahan menunjukkan gejala makin akut. Perseteruan tak hanya terjadi\n\
            berlangsung di pucuk-pucuk departemen di Jakarta. Tetapi sudah merembet,\n\
            Mitra Samya mencatat sebanyak 124 RPJM Desa yang telah disusun.";
        let out = run(input);
        let paragraphs: Vec<&str> = out.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 2, "{out}");
        assert!(paragraphs[1].starts_with("Belakangan malahan"));
        assert!(paragraphs[1].contains("merembet, Mitra Samya"));
    }

    #[test]
    fn a_wrapped_sentence_ending_with_room_left_on_its_line_ends_its_paragraph() {
        // Wrapping fills each line: a sentence's end with room for the next line's first word
        // was the writer's paragraph end, and so was a line longer than the wrapping's width.
        let input = "Aktivitas.ID - Universitas Wijayakusuma (Unwiku) Purwokerto kembali\n\
            mencetak generasi intelektual muda. Dalam Sidang Terbuka Senat Universitas yang\n\
            digelar Sabtu (24/5) di Aula Pujadi Jaringbandayuda, sebanyak 384 mahasiswa\n\
            resmi dikukuhkan sebagai lulusan dari berbagai program studi.\n\
            Dalam pelaksanaan wisuda ke-62 ini, jumlah lulusan terbagi atas beberapa\n\
            program studi, yakni Ilmu Hukum dan Manajemen.\n\
            Rektor Unwiku dalam sambutannya menekankan bahwa dunia saat ini tengah menghadapi berbagai tantangan besar.\n\
            Oleh karena itu, lulusan Unwiku diharapkan tidak hanya unggul secara\n\
            akademis, tetapi juga adaptif, kolaboratif, dan berpikiran global.";
        let out = run(input);
        let paragraphs: Vec<&str> = out.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 4, "{out}");
        assert!(paragraphs[0].ends_with("dari berbagai program studi."), "{out}");
        assert!(paragraphs[1].starts_with("Dalam pelaksanaan wisuda"), "{out}");
        assert!(paragraphs[2].starts_with("Rektor Unwiku"), "{out}");
        assert!(paragraphs[3].starts_with("Oleh karena itu"), "{out}");
    }

    #[test]
    fn a_wrapped_clause_cut_after_a_small_word_runs_into_a_name() {
        let input = "Dunia internasional menyebutnya sebagai teknologi informasi dan\n\
            komunikasi (ICT).\n\
            Latar belakang masalah\n\
            Bagi sementara pihak, sektor\n\
            Telekomunikasi, Teknologi Informasi dan Penyiaran masih dianggap\n\
            sebagai sektor yang kurang menarik untuk dibicarakan terutama dalam\n\
            konteks diskursus politik praktis di tingkat daerah maupun pusat.";
        let out = run(input);
        let paragraphs: Vec<&str> = out.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 3, "{out}");
        assert_eq!(paragraphs[1], "Latar belakang masalah", "{out}");
        assert!(paragraphs[2].starts_with("Bagi sementara pihak, sektor Telekomunikasi, Teknologi"), "{out}");
    }

    #[test]
    fn a_wrapped_paragraphs_short_first_line_joins_the_lines_it_runs_into() {
        // A blog that sets each paragraph's first line short beside an image, and wraps the rest.
        let input = "SERANG – Gubernur Banten,\n\
            Wahidin Halim melakukan audiensi dengan Menteri Dalam Negeri RI, Tito\n\
            Karnavian bertempat di Gedung A Kementerian Dalam Negeri RI Jakarta.\n\
            Kamis (7/11/2019).\n\
            Audiensi tersebut dilakukan untuk\n\
            mempersiapkan rencana pelaksanaan Munas VI Asosiasi Pemerintah Provinsi\n\
            Seluruh Indonesia (APPSI) Tahun 2019 yang akan dilaksanakan di Jakarta\n\
            pada November.\n\
            Selain Gubernur Banten, turut\n\
            diundang Gubernur Sumatera Barat, Gubernur DKI Jakarta, Gubernur\n\
            Kalimantan Tengah serta Gubernur Papua Barat selaku Dewan Pengurus yang\n\
            direncanakan akan dihadiri oleh Presiden RI. Demikian melalui siaran\n\
            tertulis.";
        let out = run(input);
        let paragraphs: Vec<&str> = out.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 3, "{out}");
        assert!(paragraphs[0].starts_with("SERANG – Gubernur Banten, Wahidin Halim"), "{out}");
        assert!(paragraphs[1].starts_with("Audiensi tersebut dilakukan untuk mempersiapkan"), "{out}");
        assert!(paragraphs[2].starts_with("Selain Gubernur Banten, turut diundang"), "{out}");
    }

    #[test]
    fn a_double_spaced_wrapped_text_keeps_its_paragraphs_whole() {
        let input = "Bupati Kulon Progo mengatakan, sampai saat ini, pihaknya belum menyediakan\n\n\
                     bus khusus bagi wisatawan yang datang ke kawasan perbukitan itu.\n\n\n\n\
                     \"Saat ini, kami fokus memperbaiki infrastruktur jalan supaya mudah\n\n\
                     diakses masyarakat dan wisatawan. Kami optimistis, infrastruktur jalan\n\n\
                     yang baik akan mendorong pertumbuhan wisata,\" katanya.";
        let out = run(input);
        let paragraphs: Vec<&str> = out.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 2, "{out}");
        assert!(paragraphs[1].contains("supaya mudah diakses masyarakat"), "{out}");
        assert!(paragraphs[1].contains("infrastruktur jalan yang baik"), "{out}");
        // One blank line after each paragraph that ends is a paragraph's break.
        let plain = "Harga beras naik lagi di pasar induk Cipinang pada pekan kedua bulan ini.\n\n\
                     pedagang mengeluhkan pasokan yang berkurang sejak awal bulan lalu di sana.";
        assert_eq!(run(plain).split("\n\n").count(), 2);
    }

    #[test]
    fn a_names_degrees_after_a_comma_are_no_join() {
        let input = "Pesan dibacakan Dr. Tresna Wiwitan, Dra., M.Si. di aula.\n\
                     Dekan Fakultas, Prof. Dr. Atie Rachmiatie, Dra., M.Si. mengatakan yudisium berjalan lancar.\n\
                     Selamat kepada Dr. Dody Setiawan, S.Sos., MAP., yang meraih gelar doktor.";
        assert_eq!(run(input).split("\n\n").count(), 3);
        assert!(opens_with_degree("M.Si. mengatakan") && opens_with_degree("MAP., yang"));
        assert!(!opens_with_degree("Ketentuan tersebut") && !opens_with_degree("KPK menetapkan"));
    }

    #[test]
    fn a_comma_after_a_names_degree_goes_on_to_the_next_name() {
        let input = "Turut hadir Wakapolda Brigjen Pol Drs. Victor G. Manoppo, M.H., Dirintelkam Kombes Pol \
                     Agus Pryanto, SIK, Kabidhumas Kombes Pol Jules A. Abast, S.I.K., Kapolres Kupang Kota.\n\
                     Tim dipimpin Kombes Pol Drs. Martinus Sitompul, M.Si, AKBP Zahwarni, S.H., M.Si.";
        assert_eq!(run(input).split("\n\n").count(), 2);
        assert!(ends_with_degree("Victor G. Manoppo, M.H.") && ends_with_degree("Santoso S.H.,M.H."));
        let role = "Husnul Hakim SY, MH., Dekan Fisip Unira Malang dan Pemerhati Kebijakan dan Hukum.";
        assert_eq!(run(&format!("{role}\n{role}")), format!("{role}\n\n{role}"));
        assert!(ends_with_degree("Husnul Hakim SY, MH."));
        assert!(!ends_with_degree("hadir.") && !ends_with_degree("ke AS.") && !ends_with_degree("diperiksa KPK."));
    }

    #[test]
    fn comma_joined_paragraphs_are_split() {
        let out = run(" , luar negeri yang menjual.,Ketentuan tersebut berlaku.,\"Kami siap,\" ujarnya.\n,\n,");
        assert_eq!(out, ", luar negeri yang menjual.\n\nKetentuan tersebut berlaku.\n\n\"Kami siap,\" ujarnya.\n");
        // A text node that began with a space, and an empty one between two joins.
        let out = run("Target tersebut.,Direktur itu hadir., \"Kami siap,\" ujarnya., , Dengan begitu.");
        assert_eq!(out, "Target tersebut.\n\nDirektur itu hadir.\n\n\"Kami siap,\" ujarnya.\n\nDengan begitu.");
    }

    #[test]
    fn a_links_text_on_a_line_of_its_own_inside_a_sentence_joins_it() {
        assert_eq!(
            run("Hingga kini belum ada laporan pengaduan ke\nKejagung\nterkait potensi pelanggaran di sana.\nDia pergi."),
            "Hingga kini belum ada laporan pengaduan ke Kejagung terkait potensi pelanggaran di sana.\n\nDia pergi."
        );
        // A heading between two paragraphs is no link: the paragraph before it ended.
        assert_eq!(
            run("Hingga kini belum ada laporan pengaduan.\nKejagung\nterkait potensi pelanggaran di sana."),
            "Hingga kini belum ada laporan pengaduan.\n\nKejagung\n\nterkait potensi pelanggaran di sana."
        );
    }

    #[test]
    fn two_spaces_typed_after_every_sentence_are_not_paragraph_breaks() {
        assert_eq!(
            run("We arrived early.  The bay was calm.  We climbed to the fort.\n\n\
                 The view is worth it.  Bring water."),
            "We arrived early. The bay was calm. We climbed to the fort.\n\nThe view is worth it. Bring water."
        );
        // One line so spaced is a flattened page, and so is a page whose lines also end
        // sentences before a single space.
        assert_eq!(run("Satu dua.  Tiga empat.  Lima."), "Satu dua.\n\nTiga empat.\n\nLima.");
        assert_eq!(
            run("Satu dua. Tiga.  Empat lima.  Enam.\nTujuh.  Delapan."),
            "Satu dua. Tiga.\n\nEmpat lima.\n\nEnam.\n\nTujuh. Delapan."
        );
    }

    #[test]
    fn a_flattened_page_is_split_at_double_spaces_after_sentences() {
        let body = "Kalimat pertama yang cukup panjang untuk sebuah berita hari ini. ".repeat(4);
        let input = format!("{body} Jumat lalu, bank meminta suspensi. {body}");
        let out = run(&input);
        assert!(out.contains("hari ini.\n\nJumat lalu"), "{out}");
        // A lone double space in an ordinary paragraph is no break: `normalize` left it for this
        // stage to read, and it becomes one space.
        assert_eq!(run("Satu.  Dua.\nTiga."), "Satu. Dua.\n\nTiga.");
        assert_eq!(run(&format!("{body} dan lalu.")), format!("{} dan lalu.", body.trim_end()));
    }
}
