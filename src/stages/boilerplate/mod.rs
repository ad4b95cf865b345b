//! The `boilerplate` stage: removes what the page wrapped around the article and lifts what is
//! data (site, date, authors, captions, related headlines) into the metadata.
//!
//! Two kinds of evidence work together. Rules are data (`src/rules/*.toml`): patterns for the
//! markers sites print (`Baca juga:`, `Bagikan`, datelines, credits). Signals are code, for sites
//! no rule has seen: where a block stands relative to the article's body (the header and footer
//! zones), whether it reads like prose (length, sentence punctuation, the density of function
//! words, as jusText measures it) or like a headline or a menu label.

mod credit;
mod layout;
mod lift;
mod recheck;

pub use recheck::judges_again;

use crate::catalog::BuiltinRule;
use crate::document::{Changes, Document};
use crate::ruleset::{Field, Rule, RuleSet, Scope, Takes, Zone};
use crate::stages::Stage;
use layout::{is_bulleted, BlockInfo, Layout, Seen};
use std::ops::Range;
use std::sync::Arc;

pub const RULES: &[BuiltinRule] = &[
    BuiltinRule {
        code: "S001",
        name: "page-header",
        why: "Before the title, or before the body when there is no title, lines that are not prose \
              (logos, section labels, menus) are the page's header.",
        example: Some(("Tribun\\n\\nPanitia Ngunduh Mantu ...", "Panitia Ngunduh Mantu ...")),
    },
    BuiltinRule {
        code: "S002",
        name: "headline-list-item",
        why: "After the body, headline-like lines (title case, no sentence end) are other articles' \
              titles, and so are two or more long ones in a bulleted run inside it that no line introduces.",
        example: Some(("Bikin Iri! Lihat Anya Geraldine Didandani Seung Yoon WINNER", "")),
    },
    BuiltinRule {
        code: "S003",
        name: "title-repeated",
        why: "The title printed again above the article, alone or with the site's name \
              (`Kudakyv – <title>`), is a duplicate; the name goes to `site`.",
        example: Some(("Judul\\n\\nKudakyv – Judul", "Judul")),
    },
    BuiltinRule {
        code: "S004",
        name: "credit-name-repeated",
        why: "A bare line holding a name already lifted as author or editor is part of the byline box.",
        example: Some(("Jurnalis Berita\\n\\nBy Jurnalis Berita", "")),
    },
    BuiltinRule {
        code: "S005",
        name: "after-footer",
        why: "Everything after a footer heading (`Berita Terkait`, `Komentar`) or a newsroom's mark \
              after the last sentence (`(asp)`) is the page's, unless prose follows.",
        example: Some(("Komentar\\n\\nBerita Terkait\\n\\n-\\n\\nJudul lain", "")),
    },
    BuiltinRule {
        code: "S006",
        name: "writer-credit-glued",
        why: "A site and a name in brackets after a paragraph that reports speech or runs to several \
              sentences (`... kata dia. (Tribunnews.com/Reza Deni)`) credit the writer, not a photo; \
              the name goes to `authors` and the paragraph stays.",
        example: Some((
            "\"Kami masih menunggu hasil laboratorium,\" kata dia. (Tribunnews.com/Reza Deni)",
            "\"Kami masih menunggu hasil laboratorium,\" kata dia.",
        )),
    },
    BuiltinRule {
        code: "S007",
        name: "tag-list",
        why: "A run of keywords with no sentence in it is the page's tags: above or after the body when \
              they are glued by commas (`Kemal Effendi Gani,AHC,LKBN Antara`), after it when they are words \
              mostly in lower case with no function word (`banjir bandang perumahan dinar indah kota \
              semarang`). A line that introduces them as the article's list keeps them.",
        example: Some(("banjir bandang perumahan dinar indah kota semarang mengungsi sungai pengkol", "")),
    },
    BuiltinRule {
        code: "S008",
        name: "caption-printed-twice",
        why: "A line printed again at once with a credit after it (`<caption>` then `<caption> | Name`) is \
              a picture's alt text and its caption: both go, the caption and its credit to `captions`.",
        example: Some(("Ilustrasi motor kustom.\\nIlustrasi motor kustom. | Chonnajak/Shutterstock", "")),
    },
    BuiltinRule {
        code: "S010",
        name: "copy-above-dateline",
        why: "A paragraph of the article printed above its dateline too (a caption or the page's description \
              made from a sentence of the body) is a copy: the one above goes, so that the article keeps its order.",
        example: Some((
            "Warga diminta tetap tenang dan tidak terpengaruh isu yang beredar.\\n\\nTRIBUNNEWS.COM, BANDUNG - Gempa terjadi pagi tadi.\\n\\nWarga diminta tetap tenang dan tidak terpengaruh isu yang beredar.",
            "Gempa terjadi pagi tadi.\\n\\nWarga diminta tetap tenang dan tidak terpengaruh isu yang beredar.",
        )),
    },
    BuiltinRule {
        code: "S011",
        name: "site-after-title",
        why: "A page's `<title>` prints the site's name after the headline (`<headline> | Bali Tribune`, \
              `<headline> - Kompas.com`): when the page names the site elsewhere too, the name goes and the \
              title is the headline.",
        example: Some((
            "Banjir Melanda Pesisir | Bali Tribune\\n\\nbalitribune.co.id | Amlapura - Banjir ...",
            "Banjir Melanda Pesisir\\n\\nBanjir ...",
        )),
    },
    BuiltinRule {
        code: "S009",
        name: "caption-label-above-site-dateline",
        why: "Tribun's sites set a photo's caption as a label in capitals and a dash (`PELATIH BARU - \
              Skuad PSM ...`) just above the article's dateline that names the site (`TRIBUN-TIMUR.COM, \
              MAKASSAR – `), or as a description ending on the day it was taken (`..., Rabu (15/11/2023)`): \
              the label is not a dateline's place, and the line goes to `captions`.",
        example: Some((
            "PELATIH BARU - Skuad PSM berlatih.\\n\\nTRIBUN-TIMUR.COM, MAKASSAR – Manajemen ...",
            "Manajemen ...",
        )),
    },
];

pub struct Boilerplate {
    rules: Arc<RuleSet>,
}

impl Boilerplate {
    pub fn new(rules: Arc<RuleSet>) -> Self {
        Boilerplate { rules }
    }
}

impl Stage for Boilerplate {
    fn name(&self) -> &'static str {
        "boilerplate"
    }

    fn apply(&self, doc: &mut Document) {
        // Blocks are judged by their zone, and removing blocks can move the zones: then the page
        // is judged again on what stays, as cleaning the output again would judge it. Zones
        // settle on the first round for nearly every page; the bound is for pathological ones.
        let mut seen = Seen::default();
        for _ in 0..ROUNDS {
            // Inline markers and what is glued to a paragraph's ends go first, so that the
            // blocks are judged on their own words.
            let (changes, after_end_mark, mut parted) = self.strip_inline(doc, &mut seen, None);
            doc.apply(self.name(), changes);
            // A marker that parted a paragraph (`... CONTENT Baca juga: <title> <sentence>`)
            // leaves a piece that opens with another, which a marker that must open its paragraph
            // matches only now: the pieces are searched again, as the next run would search them.
            for _ in 0..ROUNDS {
                if !parted {
                    break;
                }
                let changes;
                (changes, _, parted) = self.strip_inline(doc, &mut seen, after_end_mark);
                doc.apply(self.name(), changes);
            }
            let (changes, settled) = self.strip_blocks(doc, &mut seen, after_end_mark);
            doc.apply(self.name(), changes);
            if settled {
                break;
            }
        }
    }

    fn builtin_rules(&self) -> &'static [BuiltinRule] {
        RULES
    }
}

impl Boilerplate {
    fn rules(&self, scope: Scope) -> impl Iterator<Item = &Rule> {
        self.rules.rules.iter().filter(move |r| r.spec.scope == scope)
    }

    /// Inline, start and end rules: parts of blocks. Also says how many blocks follow a
    /// newsroom's mark that closes the article (`end_mark`), which the mark's removal would hide
    /// from `strip_blocks`; those blocks are left as they are, for it to remove.
    /// Returns the changes, how many blocks follow a newsroom's mark that closes the article
    /// (`after_end_mark`: given when an earlier pass found the mark and removed it), and whether
    /// a change parted a block in two.
    fn strip_inline(
        &self,
        doc: &mut Document,
        seen: &mut Seen,
        after_end_mark: Option<usize>,
    ) -> (Changes, Option<usize>, bool) {
        let text = doc.text().to_string();
        let layout = Layout::of(&text, &self.rules, seen);
        let mut changes = Changes::new();
        let mut parted = false;
        let end_mark = match after_end_mark {
            Some(after) => layout.blocks.len().checked_sub(after + 1),
            None => self.end_mark(&layout, &text),
        };
        for (i, block) in layout.blocks.iter().enumerate() {
            if end_mark.is_some_and(|m| i > m) {
                break;
            }
            let s = &text[block.range.clone()];
            // Suffixes: strip repeatedly, since a paragraph can end in credits and then a
            // copyright line.
            let mut end = s.len();
            let mut start = 0;
            // A line that a block rule takes whole here (`Pilihan Editor: <headline>`) and that an
            // end rule would cut down to a word or two is that line, not a paragraph with a credit
            // glued to it (`Editor: <name>`): it goes whole, with what the block rule lifts. Once
            // an end went, the block rules' verdict on the whole line says nothing.
            let taken_whole = block.block_rules.iter().any(|&k| layout.in_zone(i, self.rules.rules[k].spec.zone));
            'suffix: loop {
                for rule in self.rules(Scope::End) {
                    if !layout.in_zone(i, rule.spec.zone) {
                        continue;
                    }
                    if let Some(caps) = rule.regex.captures(&s[start..end]) {
                        let m = caps.get(0).expect("group 0");
                        if m.start() == 0 && m.end() == end - start {
                            // The whole block: leave it to the block rules, which see the zone.
                            continue;
                        }
                        let whole = (start, end) == (0, s.len());
                        // Marks between the words (`Laporan: Nana // Editor: Sony`) are no words.
                        let mut words = s[..m.start()].split_whitespace().filter(|w| w.contains(char::is_alphanumeric));
                        if taken_whole
                            && whole
                            && (words.nth(2).is_none() || self.lifts_too(&layout, i, s, rule, &caps))
                        {
                            continue;
                        }
                        lift::from_captures(&mut doc.metadata, &self.rules.places, rule, &caps);
                        // `prior` marks the end of the sentence before, which stays.
                        let from = lift::prior_end(rule, &caps).unwrap_or(m.start());
                        changes.delete(block.range.start + start + from..block.range.start + end, &rule.spec.code);
                        end = start + from;
                        continue 'suffix;
                    }
                }
                if let Some((at, author)) = credit::writer_credit(&s[start..end], &self.rules, layout.closes_article(i))
                {
                    // Just above the paragraph the dateline opens, the article has not begun: a
                    // paragraph there that ends in a credit is a picture's caption, however long
                    // (CNBC's), and the block rules take it whole.
                    if self.opens_with_dateline(&layout, &text, i + 1) {
                        break;
                    }
                    if let Some(author) = author {
                        lift::to_field(&mut doc.metadata, Field::Author, author);
                    }
                    changes.delete(block.range.start + start + at..block.range.start + end, "S006");
                    end = start + at;
                    continue 'suffix;
                }
                break;
            }
            // Prefixes likewise: a label can follow a label, or itself when the page repeated it.
            'prefix: loop {
                for rule in self.rules(Scope::Start) {
                    if !layout.in_zone(i, rule.spec.zone) {
                        continue;
                    }
                    if let Some(caps) = rule.regex.captures(&s[start..end]) {
                        // `keep` marks the word the prefix must be glued to, which stays.
                        let cut = caps.name("keep").map_or(caps.get(0).expect("group 0").end(), |k| k.start());
                        if cut > 0 && start + cut < end {
                            lift::from_captures(&mut doc.metadata, &self.rules.places, rule, &caps);
                            changes.delete(block.range.start + start..block.range.start + start + cut, &rule.spec.code);
                            start += cut;
                            continue 'prefix;
                        }
                    }
                }
                break;
            }
            for (k, rule) in self.rules.rules.iter().enumerate().filter(|(_, r)| r.spec.scope == Scope::Inline) {
                if !layout.in_zone(i, rule.spec.zone) {
                    continue;
                }
                // Layout found where each rule matches in the whole block, which is still the
                // text searched unless a prefix or suffix went.
                if start == 0 && end == s.len() && !block.inline_rules.contains(&k) {
                    continue;
                }
                for caps in rule.regex.captures_iter(&s[start..end]) {
                    let m = caps.get(0).expect("group 0");
                    let mut span = start + m.start()..start + m.end();
                    // `prior` likewise marks text before the marker that stays.
                    if let Some(prior) = lift::prior_end(rule, &caps) {
                        span.start = start + prior;
                    }
                    // `keep` marks text the pattern needs to see but must not remove (the
                    // regex crate has no look-ahead).
                    if let Some(keep) = caps.name("keep") {
                        span.end = start + keep.start();
                    }
                    let range = block.range.start + span.start..block.range.start + span.end;
                    if s[..span.start].trim().is_empty() && s[span.end..].trim().is_empty() {
                        // The marker is the whole block: block rules remove it with its break.
                        continue;
                    }
                    if changes.touches(&range) {
                        continue;
                    }
                    // A link that opens a line a block rule takes whole, with a space before the
                    // words taken for the next sentence's, is that line: a title in its own words
                    // shows no end, and one cut would leave the rest of it (`Baca juga: Truk di
                    // Surabaya ...`). One glued to the next sentence shows where it ends.
                    let spaced =
                        caps.name("keep").is_some_and(|k| s[..start + k.start()].ends_with(char::is_whitespace));
                    if taken_whole && s[..span.start].trim().is_empty() && spaced && lifts(rule, "related") {
                        continue;
                    }
                    lift::from_captures(&mut doc.metadata, &self.rules.places, rule, &caps);
                    let before = s[..span.start].trim_end();
                    let after = s[span.end..].trim_start();
                    // Between two sentences the marker stood where a paragraph ended: a related
                    // link does, and so does a link glued to the next sentence, whose space went
                    // with the paragraph break.
                    let glued = s[span.end..].starts_with(|c: char| c.is_uppercase());
                    let with = if before.is_empty() || after.is_empty() {
                        ""
                    } else if crate::text::ends_sentence(before) && (caps.name("related").is_some() || glued) {
                        "\n\n"
                    } else if glued && lifts_caption(rule) {
                        // A caption glued between two capitals stood on a line of its own, under
                        // a heading and above a paragraph.
                        "\n\n"
                    } else {
                        " "
                    };
                    parted |= with == "\n\n";
                    changes.replace(range, with, &rule.spec.code);
                }
            }
        }
        (changes, end_mark.map(|m| layout.blocks.len() - 1 - m), parted)
    }

    /// The last block, from the last paragraph of prose on, that ends in a mark closing the
    /// article (an end rule with `ends-article`), when no long paragraph of prose follows it.
    fn end_mark(&self, layout: &Layout, text: &str) -> Option<usize> {
        let last = layout.last_prose?;
        let marks = |i: usize| {
            self.rules(Scope::End).any(|rule| {
                rule.spec.ends_article && layout.in_zone(i, rule.spec.zone) && rule.regex.is_match(layout.text(text, i))
            })
        };
        let found = (last..layout.blocks.len()).rev().find(|&i| marks(i)).filter(|&i| !layout.prose_after(i));
        // A teaser of the next article, cut off short (`... orang den...`), can follow the mark
        // and read as the last prose: a mark with fewer words than a paragraph's after it ends
        // the article all the same.
        found.or_else(|| {
            let first = layout.first_prose?;
            (first..last).rev().take(TEASERS_AFTER_MARK).find(|&i| {
                let after: usize = layout.blocks[i + 1..].iter().map(|b| b.words).sum();
                after < TEASER_WORDS && marks(i)
            })
        })
    }

    /// Block rules, labels, datelines and the zone signals. Also says whether the zones stay
    /// where they were once the blocks go. `after_end_mark` blocks end the page after a
    /// newsroom's mark that closed the article (`... kata Rika. (asp)`): like those after a
    /// footer heading, they are the page's (another article's card, its caption, its quote).
    fn strip_blocks(&self, doc: &mut Document, seen: &mut Seen, after_end_mark: Option<usize>) -> (Changes, bool) {
        let text = doc.text().to_string();
        let layout = Layout::of(&text, &self.rules, seen);

        // Block rules. A page whose paragraphs all end in photo credits is a gallery: its
        // captions are the article (bulk detikTravel galleries), so they stay.
        let before = doc.metadata.clone();
        let (mut verdict, mut footer_from, captions) = self.block_verdicts(doc, &layout, &text, true);
        let end_mark = after_end_mark.and_then(|after| layout.blocks.len().checked_sub(after + 1));
        let gallery = is_gallery(&layout, &text, &captions, doc.metadata.title.as_deref(), |_| true);
        if gallery {
            doc.metadata = before;
            (verdict, footer_from, _) = self.block_verdicts(doc, &layout, &text, false);
        }
        if let Some(from) = [footer_from, end_mark].into_iter().flatten().min() {
            for v in verdict.iter_mut().skip(from + 1) {
                v.get_or_insert_with(|| "S005".to_string());
            }
        }

        strip_caption_copies(doc, &layout, &text, &mut verdict);
        self.strip_title_copy(doc, &layout, &text, &mut verdict);
        // The dateline that opens the body, with any teaser glued before it.
        let mut changes = Changes::new();
        let open_for_dateline: Vec<bool> = verdict.iter().map(Option::is_none).collect();
        let stripped = self.strip_dateline(doc, &layout, &text, &mut verdict, &mut changes);
        // A caption the search took over a dateline it then did not find moves the window that
        // cleaning again looks in.
        let caption_moves = stripped.is_none()
            && open_for_dateline.iter().zip(&verdict).any(|(&open, v)| open && v.as_deref() == Some("S009"));
        let dateline = stripped.map(|(i, _)| i);
        if let Some(d) = dateline {
            strip_copies_above_dateline(&layout, &text, d, &mut verdict);
        }
        // The dateline is looked for among the blocks still open, from the body's first block on:
        // a block the title or the signals remove before that window's end moves the window.
        let open_before: Vec<bool> = verdict.iter().map(Option::is_none).collect();
        let window_end = dateline_window(&layout, &verdict).end;

        // Signals: title, page header, headline lists, repeated names.
        let title = self.find_title(doc, &layout, &text, &mut verdict, dateline);
        if let Some(t) = title {
            strip_site_after_title(doc, layout.text(&text, t), layout.blocks[t].range.start, &mut changes);
        }
        if let Some(d) = dateline.or_else(|| self.dateline_line_under_title(&layout, title, &verdict)) {
            self.strip_caption_above_dateline(doc, &layout, &text, d, title, &mut verdict);
        }
        // What block `i` is by the signals, when its text is `s` and reads as `info`. The
        // article's dated headings are its own, no other article's headlines.
        let headings = self.dated_headings(&layout);
        // Where the dateline stood, whether cut from the lede or a line of its own.
        let dateline_at = dateline.or_else(|| {
            let t = title?;
            (t + 1..layout.blocks.len())
                .take_while(|&j| verdict[j].is_some() || !layout.blocks[j].prose)
                .find(|&j| verdict[j].as_deref().is_some_and(|v| self.lifts_dateline(v)))
        });
        let signal = |i: usize, info: &BlockInfo, s: &str, verdict: &[Option<String>]| {
            let header = match title {
                // Below the title, a label standing before the dateline (the section or place an
                // aggregator files the article under) is the header's too: the article starts
                // at its dateline.
                Some(t) => {
                    (i < t && (!info.prose || boxed_off(&layout, verdict, i, t)))
                        || (t < i && dateline_at.is_some_and(|d| i < d) && is_menu_label(info))
                }
                // Without a title, only short labels above the body are taken for the header:
                // a subheading or list there is more likely the article's own.
                None => {
                    layout.first_prose.is_some_and(|f| i < f)
                        && !info.prose
                        && !info.sentence
                        && info.words <= 3
                        && !crate::text::opens_a_lede(s)
                }
            };
            if header {
                Some("S001")
            } else if layout.in_zone(i, Zone::Tail)
                && reads_as_headline_item(info, s)
                && !headings.contains(&i)
                && !in_the_articles_list(&layout, &text, i, |j| verdict[j].is_some())
                && !heads_a_list(&layout, i, |j| verdict[j].is_some())
            {
                Some("S002")
            } else if layout.in_zone(i, Zone::Edges)
                && reads_as_tag_list(info, s, layout.in_zone(i, Zone::Tail))
                && !(i > 0 && layout.blocks[i - 1].opens_list)
                && !in_the_articles_list(&layout, &text, i, |j| verdict[j].is_some())
            {
                // Keywords, unless a line introduces them as the article's own list.
                Some("S007")
            } else if !info.prose && lift::is_known_name(&doc.metadata, s) {
                Some("S004")
            } else {
                None
            }
        };
        for (i, info) in layout.blocks.iter().enumerate() {
            if verdict[i].is_some() || Some(i) == title || Some(i) == dateline {
                continue;
            }
            verdict[i] = signal(i, info, layout.text(&text, i), &verdict).map(str::to_string);
        }
        strip_listed_headlines(&layout, &mut verdict);
        // The page's last line, a headline under the article's own list, is another article's
        // headline even though the list's introduction shelters what follows it. Judged once
        // every other block is, so that the last line is the last that stays.
        if let Some(last) = (0..layout.blocks.len()).rev().find(|&i| verdict[i].is_none()) {
            let s = layout.text(&text, last);
            if Some(last) != title
                && Some(last) != dateline
                && layout.in_zone(last, Zone::Tail)
                && reads_as_headline_item(&layout.blocks[last], s)
                && closes_a_list_unlike_it(&layout, &text, last, |j| verdict[j].is_some())
            {
                verdict[last] = Some("S002".to_string());
            }
        }

        delete_blocks(&layout, &verdict, &mut changes);
        // What the dateline's removal leaves can be judged differently by the next run: the
        // paragraph itself (the dateline made it read as furniture, or marked where the body
        // starts), a second dateline below it
        // (a page printed twice), or a block that is its copy with the site's name
        // (`TARA) - <paragraph>`). Then the page is judged again, as with moved zones.
        let dateline_exposes = stripped.is_some_and(|(d, cut)| {
            let rest = &layout.text(&text, d)[cut..];
            // A dateline above the body's first prose bounded the title's search; the next run,
            // with no dateline, looks as far as the body.
            let trimmed = rest.trim();
            let left = layout::describe(trimmed, 0..trimmed.len(), &self.rules);
            if layout.first_body.is_some_and(|f| d < f) || layout.reads_differently(d, &left) {
                return true;
            }
            // A marker that must open its paragraph (a caption glued under a heading) opens what
            // the dateline leaves.
            if left.inline_rules.iter().any(|k| !layout.blocks[d].inline_rules.contains(k)) {
                return true;
            }
            // Fewer words in the dateline's block can make another run of prose the largest
            // (a page printed twice): the body, and the dateline's window with it, move.
            if !layout.zones_stay_with(d, &left) {
                return true;
            }
            // The dateline's block was passed over by the signals; what it leaves is judged by
            // them in the next run (another article's headline, a known name).
            if signal(d, &left, trimmed, &verdict).is_some() {
                return true;
            }
            let open = |j: &usize| verdict[*j].is_none() && *j != d;
            // As far as the dateline's window reaches, slight lines passed over.
            let mut steps = 0;
            let near = (d.saturating_sub(DATELINE_WINDOW)..layout.blocks.len()).filter(open).take_while(|&j| {
                let within = steps < 2 * DATELINE_WINDOW;
                steps += usize::from(!layout.blocks[j].slight());
                within
            });
            near.into_iter().any(|j| {
                let other = layout.text(&text, j);
                (j > d && self.dateline_at(other).is_some())
                    || lift::site_around_title(other, rest).is_some()
                    || lift::site_around_title(rest, other).is_some()
            })
        });
        // A page kept as a gallery because of a block that goes now (a dateline's block ending in
        // a photo credit) is judged again on what stays, as the next run would judge it.
        let gone = |i: usize| {
            verdict[i].is_some()
                || stripped.is_some_and(|(d, cut)| d == i && layout.text(&text, d)[cut..].trim().is_empty())
        };
        let gallery_stays =
            !gallery || is_gallery(&layout, &text, &captions, doc.metadata.title.as_deref(), |i| !gone(i));
        let window_moves =
            caption_moves || (stripped.is_none() && (0..window_end).any(|i| open_before[i] && verdict[i].is_some()));
        let settled = changes.is_empty()
            || (!dateline_exposes && !window_moves && gallery_stays && layout.zones_stay_without(gone));
        (changes, settled)
    }

    /// Runs the block rules (and inline rules whose marker fills its block). Returns each
    /// block's verdict, where a footer starts, and the prose-like blocks the caption rules took.
    fn block_verdicts(
        &self,
        doc: &mut Document,
        layout: &Layout,
        text: &str,
        captions: bool,
    ) -> (Vec<Option<String>>, Option<usize>, Vec<usize>) {
        let n = layout.blocks.len();
        let mut verdict: Vec<Option<String>> = vec![None; n];
        let mut footer_from: Option<usize> = None;
        let mut taken = Vec::new();
        let headings = self.dated_headings(layout);
        // Whether `published` holds a day without its time, from a line above the body.
        let mut untimed_head_date = false;
        for i in 0..n {
            let s = layout.text(text, i);
            // An inline marker that fills its block (`[Gambas:Video 20detik]` on its own line)
            // goes as a block, with its paragraph break.
            let whole_inline = |rule: &&Rule| {
                rule.spec.scope == Scope::Inline
                    && rule
                        .regex
                        .find(s)
                        .is_some_and(|m| s[..m.start()].trim().is_empty() && s[m.end()..].trim().is_empty())
            };
            let block_rules = layout.blocks[i].block_rules.iter().map(|&k| &self.rules.rules[k]);
            let inline_rules = layout.blocks[i].inline_rules.iter().map(|&k| &self.rules.rules[k]).filter(whole_inline);
            // A paragraph that reports speech is the article's, whatever credit ends it. Asked
            // once, and only of a block a caption rule matches.
            let speech = std::cell::OnceCell::new();
            let reports_speech = || *speech.get_or_init(|| credit::reports_speech(s, &self.rules));
            // The article's last paragraph may end in its writer's credit, of a photo credit's
            // form in brackets (`(Magang/Fauzan)`): it is no caption.
            let signed_last = || layout.closes_article(i) && credit::writer_credit(s, &self.rules, true).is_some();
            let caption_allowed = |r: &&Rule| !lifts_caption(r) || (captions && !reports_speech() && !signed_last());
            let date_allowed = |r: &&Rule| !(lifts_date(r) && headings.contains(&i));
            let mut candidates: Vec<&Rule> =
                block_rules.chain(inline_rules).filter(caption_allowed).filter(date_allowed).collect();
            candidates.sort_by_key(|r| r.rank);
            for rule in candidates {
                if !layout.in_zone(i, rule.spec.zone) {
                    continue;
                }
                if rule.spec.takes.is_some() {
                    if self.take_neighbour(doc, layout, text, i, rule, &mut verdict) {
                        break;
                    }
                    continue;
                }
                if let Some(caps) = rule.regex.captures(s) {
                    // A page's clock above its masthead prints the day alone (`Senin, 22
                    // Desember 2025`), the article's stamp under its title the time as well
                    // (`Rabu, 27 Juni 2018 | 12:04 WIB`): above the body, the stamp with a time
                    // is the article's, unless it says when the article was updated.
                    let head = layout.in_zone(i, Zone::Head);
                    let timed =
                        || lift::captured_date(rule, &caps).is_some_and(|(d, updated)| d.contains('T') && !updated);
                    if head && untimed_head_date && timed() {
                        doc.metadata.published = None;
                    }
                    let had_date = doc.metadata.published.is_some();
                    lift::from_captures(&mut doc.metadata, &self.rules.places, rule, &caps);
                    if head && !had_date {
                        untimed_head_date = doc.metadata.published.as_ref().is_some_and(|d| !d.contains('T'));
                    }
                }
                let info = &layout.blocks[i];
                if lifts_caption(rule) && info.words >= 8 {
                    taken.push(i);
                }
                verdict[i] = Some(rule.spec.code.clone());
                // A heading that ends the article stands below some of its prose: one above
                // it all (a `comment` count in the byline's widgets) ends nothing. A page with no
                // prose at all is judged as before.
                let below_prose = layout.first_prose.map_or(true, |f| i > f);
                if rule.spec.ends_article && below_prose && footer_from.is_none() && !layout.prose_after(i) {
                    footer_from = Some(i);
                }
                break;
            }
        }
        (verdict, footer_from, taken)
    }

    /// The article's own dated headings (a schedule's days, a timeline's dates): lines that a
    /// date rule matches, below the article's first prose, each over a line of content rather
    /// than another date, and not between two headlines, when there are two or more. A page's own date line
    /// stands once, above the article; dates in a list of other articles stand under their
    /// headlines.
    fn dated_headings(&self, layout: &Layout) -> Vec<usize> {
        let Some(first) = layout.first_prose else { return Vec::new() };
        let n = layout.blocks.len();
        let dated = |i: usize| layout.blocks[i].block_rules.iter().any(|&k| lifts_date(&self.rules.rules[k]));
        // A list's date stands between two of its headlines; a schedule's day may head a line
        // that reads as one (`PSM Makassar vs Barito Putera 4-1`) after a line that does not.
        let between_headlines = |i: usize| layout.blocks[i - 1].title_like && layout.blocks[i + 1].title_like;
        let headings: Vec<usize> =
            (first + 1..n).filter(|&i| dated(i) && i + 1 < n && !dated(i + 1) && !between_headlines(i)).collect();
        if headings.len() >= 2 {
            headings
        } else {
            Vec::new()
        }
    }

    /// A label block (`Penulis`, `Editor:`) takes its neighbour's text when it reads as a name.
    fn take_neighbour(
        &self,
        doc: &mut Document,
        layout: &Layout,
        text: &str,
        i: usize,
        rule: &Rule,
        verdict: &mut [Option<String>],
    ) -> bool {
        // A box whose picture's alt text stood above the label (`foto-reporter`, gone already)
        // prints the name under it.
        let name_below = |i: usize| {
            i + 1 < layout.blocks.len() && verdict[i + 1].is_none() && lift::looks_like_name(layout.text(text, i + 1))
        };
        let j = match rule.spec.takes {
            Some(Takes::Previous) if i > 0 && verdict[i - 1].is_some() && name_below(i) => i + 1,
            Some(Takes::Previous) if i > 0 => i - 1,
            Some(Takes::Next) if i + 1 < layout.blocks.len() => i + 1,
            _ => {
                verdict[i] = Some(rule.spec.code.clone());
                return true;
            }
        };
        let value = layout.text(text, j);
        let fits = match rule.spec.field {
            Some(Field::Credit) => lift::looks_like_credit(value),
            // A linked article's title: title-like, not the article's own prose; or its bare
            // address (`https://site.id/2021/10/judul.html`).
            Some(Field::Related) => (layout.blocks[j].title_like && !layout.blocks[j].prose) || is_bare_link(value),
            _ => lift::looks_like_name(value),
        };
        verdict[i] = Some(rule.spec.code.clone());
        // A neighbour that a rule of another kind takes (`Pewarta: Aditya Ramadhan` under an empty
        // `Baca juga:`) is no value of this label.
        let other_kind = rule.spec.field.is_some_and(|field| {
            layout.blocks[j].block_rules.iter().any(|&k| !lifts(&self.rules.rules[k], field.group()))
        });
        if fits && verdict[j].is_none() && !other_kind {
            // Writers listed one a line above their label, each but the last closed by a comma:
            // all go, in the page's order.
            let mut top = j;
            let listed = rule.spec.takes == Some(Takes::Previous)
                && matches!(rule.spec.field, Some(Field::Author | Field::Editor));
            while listed && top > 0 && verdict[top - 1].is_none() {
                match layout.text(text, top - 1).strip_suffix(',') {
                    Some(name) if lift::looks_like_name(name) => top -= 1,
                    _ => break,
                }
            }
            // Links listed under their label as bulleted headlines (`Baca:` then `- <title>`
            // lines): all go, each to `related`.
            let mut bottom = j;
            let items = rule.spec.takes == Some(Takes::Next) && rule.spec.field == Some(Field::Related);
            while items
                && layout.blocks[bottom].headline_item
                && layout.blocks.get(bottom + 1).is_some_and(|b| b.headline_item)
                && verdict[bottom + 1].is_none()
            {
                bottom += 1;
            }
            for (k, v) in verdict.iter_mut().enumerate().take(bottom + 1).skip(top) {
                if let Some(field) = rule.spec.field {
                    let value = layout.text(text, k);
                    lift::to_field(&mut doc.metadata, field, value.strip_suffix(',').unwrap_or(value));
                }
                *v = Some(rule.spec.code.clone());
            }
        }
        true
    }

    /// The title printed again, alone (the heading and an image's alt text) or with the site's
    /// name before or after it (`Kudakyv – <title>`): the copy goes, before anything could take
    /// it for a title or a dateline.
    fn strip_title_copy(&self, doc: &mut Document, layout: &Layout, text: &str, verdict: &mut [Option<String>]) {
        // A copy that goes brings the next one within a line's reach, as it would in a second
        // run over the output: look again until nothing more goes.
        while self.strip_title_copies_in_reach(doc, layout, text, verdict) {}
    }

    /// One pass of `strip_title_copy`; whether any copy went.
    fn strip_title_copies_in_reach(
        &self,
        doc: &mut Document,
        layout: &Layout,
        text: &str,
        verdict: &mut [Option<String>],
    ) -> bool {
        let body = layout.first_body.unwrap_or(layout.blocks.len());
        let candidates: Vec<usize> = (0..body).filter(|&i| verdict[i].is_none()).collect();
        for (k, &i) in candidates.iter().enumerate() {
            // The next three blocks still standing: a copy removed here does not count, so every
            // copy in a run of them goes in one pass, as a second pass would see them.
            let mut looked = 0;
            for &j in candidates.iter().skip(k + 1) {
                if looked == TITLE_COPY_REACH {
                    break;
                }
                if verdict[j].is_some() {
                    continue;
                }
                let (a, b) = (layout.text(text, i), layout.text(text, j));
                // Below the first prose, a headline printed with a name around it is a picture's
                // alt text and caption, and the name is no site's.
                let site_may_stand = layout.first_prose.map_or(true, |f| j < f);
                let mut site = |site: &str| {
                    if site_may_stand {
                        crate::metadata::Metadata::set_once(&mut doc.metadata.site, site);
                    }
                };
                // The title with the site's name after it (a page's `<title>`), then the title:
                // the copy with the name goes, though the title also reads as it cut short.
                if let Some(name) = lift::site_around_title(a, b) {
                    site(name);
                    verdict[i] = Some("S003".to_string());
                } else if verdict[i].is_none()
                    && layout.blocks[i].title_like
                    && (a.eq_ignore_ascii_case(b) || a.eq_ignore_ascii_case(table_cell(b)) || shortened(a, b))
                {
                    verdict[j] = Some("S003".to_string());
                } else if let Some(name) = lift::site_around_title(b, a) {
                    site(name);
                    verdict[j] = Some("S003".to_string());
                } else if layout.blocks[j].title_like && a.strip_suffix(b).is_some_and(is_breadcrumb_trail) {
                    // The trail from the home page with the title at its end
                    // (`Beranda Berita Nasional <title>`), then the title.
                    verdict[i] = Some("S003".to_string());
                } else if verdict[i].is_none() && layout.blocks[i].title_like && labelled_copy(b, a) {
                    // The title, then its copy under the section's name (`Pemerintahan <title>`)
                    // or as an aggregator lists it, ranked and filed (`4 <title> Bandung`).
                    verdict[j] = Some("S003".to_string());
                } else if layout.blocks[j].title_like && labelled_copy(a, b) {
                    verdict[i] = Some("S003".to_string());
                }
                if verdict[j].is_none() {
                    looked += 1;
                }
            }
        }
        candidates.iter().any(|&i| verdict[i].is_some())
    }

    /// Removes the dateline that opens the body, with any teaser glued before it, and returns
    /// the block it stood in and how many of its bytes went.
    fn strip_dateline(
        &self,
        doc: &mut Document,
        layout: &Layout,
        text: &str,
        verdict: &mut [Option<String>],
        changes: &mut Changes,
    ) -> Option<(usize, usize)> {
        // The dateline opens the first paragraph of the body; look a few blocks further in case
        // the body detection started early (a standfirst that reads like prose), and at the
        // blocks before it (a dateline on a line of its own).
        let candidates: Vec<usize> = (0..layout.blocks.len()).filter(|&i| verdict[i].is_none()).collect();
        let window = dateline_window(layout, verdict);
        let (mut k, mut reach) = (window.start_candidate, window.end_candidate);
        while k < reach.min(candidates.len()) {
            let i = candidates[k];
            k += 1;
            if let Some(next) = below_caption(layout, &candidates[k..]) {
                if self.caption_over_dateline(doc, layout, text, i, next, verdict) {
                    continue;
                }
            }
            match self.dateline_in(doc, layout, text, i, verdict, changes) {
                // A block that goes does not count: the window is the one cleaning again sees.
                Dateline::FillsBlock => reach = window_step(layout, &candidates, reach),
                Dateline::Opens(end) => return Some((i, end)),
                Dateline::None => {}
            }
        }
        // The page may open with the article's first paragraph far above the body's longest
        // run of prose (lists of links between them): its dateline opens the page.
        // A caption may stand above it, as above any site's dateline.
        let mut first = candidates.first().copied().filter(|_| window.start_candidate > 0)?;
        if let Some(next) = below_caption(layout, &candidates[1..]).filter(|_| window.start_candidate > 1) {
            if self.caption_over_dateline(doc, layout, text, first, next, verdict) {
                first = next;
            }
        }
        if let Dateline::Opens(end) = self.dateline_in(doc, layout, text, first, verdict, changes) {
            return Some((first, end));
        }
        // Or headlines of other articles set between its paragraphs (VIVA's unlabelled links)
        // cut the article into runs, and a later one is the longest: the article's first
        // paragraph is still the page's first sentence, above the window, though one thick with
        // names may not read as prose.
        let sentence = |i: usize| {
            let b = &layout.blocks[i];
            b.sentence && b.words >= 8 && !b.furniture
        };
        let prose =
            candidates[..window.start_candidate].iter().copied().find(|&i| sentence(i)).filter(|&i| i != first)?;
        match self.dateline_in(doc, layout, text, prose, verdict, changes) {
            Dateline::Opens(end) => Some((prose, end)),
            _ => None,
        }
    }

    /// Tribun's caption (`LABEL - description`, or a description ending on its date) in block
    /// `i`, just above the dateline that names the site in block `next`, or a labelled caption
    /// just above a place's dateline (a regional daily's): lifted, and the block goes. Whether
    /// it was.
    fn caption_over_dateline(
        &self,
        doc: &mut Document,
        layout: &Layout,
        text: &str,
        i: usize,
        next: usize,
        verdict: &mut [Option<String>],
    ) -> bool {
        let s = layout.text(text, i);
        // Above a dateline that names no site, the label must name no place either (a place's
        // dateline is a label in capitals and a dash as well), and the description be a
        // caption's sentence or two, not a lede.
        let above_dateline = || {
            self.site_dateline(layout.text(text, next))
                || (self.opens_with_dateline(layout, text, next)
                    && caption_label(s).is_some_and(|(label, _)| !self.rules.places.reads_as_place(label))
                    && s.split_whitespace().nth(CAPTION_WORDS).is_none())
        };
        let taken = is_caption_label(s) && above_dateline() && !self.site_dateline(s);
        if taken {
            doc.metadata.add_caption(s, None);
            verdict[i] = Some("S009".to_string());
            // The picture's alt text printed above its caption (with the photo's credit
            // between them, which goes by its own rule) is the caption too.
            let from = i.saturating_sub(CAPTION_COPY_REACH);
            for (j, v) in verdict.iter_mut().enumerate().take(i).skip(from) {
                if v.is_none() && layout.text(text, j) == s {
                    *v = Some("S009".to_string());
                }
            }
        }
        taken
    }

    /// Looks for a dateline opening block `i`: removes it (with the block when nothing but
    /// furniture follows it) and lifts its data.
    fn dateline_in(
        &self,
        doc: &mut Document,
        layout: &Layout,
        text: &str,
        i: usize,
        verdict: &mut [Option<String>],
        changes: &mut Changes,
    ) -> Dateline {
        let s = layout.text(text, i);
        // A bulleted headline is a list's item (other articles' headlines), not the article's
        // first paragraph with what is left of a dateline (`- `) before it.
        if layout.blocks[i].headline_item {
            return Dateline::None;
        }
        // Nor is a dash that opens one item of a list of several (a summary box's points) what
        // is left of a dateline. The list is of the blocks that stay, as cleaning again sees it:
        // a bulleted line that goes (`- .`) makes no list of the one under it.
        let bulleted = |j: Option<usize>| j.is_some_and(|j| layout.blocks[j].bulleted);
        let before = (0..i).rev().find(|&j| verdict[j].is_none());
        let after = (i + 1..layout.blocks.len()).find(|&j| verdict[j].is_none());
        if bulleted(Some(i)) && (bulleted(before) || bulleted(after)) {
            return Dateline::None;
        }
        for rule in self.rules(Scope::Lead) {
            let Some(caps) = self.rules.lead_captures(rule, s) else { continue };
            let m = caps.get(0).expect("group 0");
            if m.start() > DATELINE_REACH {
                continue;
            }
            if runs_into_dateline(&s[..m.start()], &s[m.start()..]) {
                continue;
            }
            // `keep` marks what the pattern needs to see after the dateline but must leave.
            let mut end = caps.name("keep").map_or(m.end(), |k| k.start());
            // The page may have repeated the dateline, or glued a teaser before it twice.
            while let Some(again) = self.dateline_at(&s[end..]) {
                end += again;
            }
            // A dateline followed by nothing but punctuation or furniture (what a block rule
            // removes, and whose data is lifted as that rule would: `Kompas.com - 28/02/2025,
            // 19:45 WIB`) fills its block; the body's first paragraph may follow, opening
            // with the dateline again.
            let rest = s[end..].trim();
            // No furniture is as long as a paragraph of an article (see `describe`).
            let short = rest.split_whitespace().nth(layout::LONGEST_FURNITURE).is_none();
            let furniture =
                self.rules.rules.iter().find(|r| short && r.spec.scope == Scope::Block && r.regex.is_match(rest));
            if !rest.chars().any(char::is_alphanumeric) || furniture.is_some() {
                lift::from_captures(&mut doc.metadata, &self.rules.places, rule, &caps);
                if let Some((furniture, caps)) = furniture.and_then(|f| Some((f, f.regex.captures(rest)?))) {
                    lift::from_captures(&mut doc.metadata, &self.rules.places, furniture, &caps);
                }
                verdict[i] = Some(rule.spec.code.clone());
                return Dateline::FillsBlock;
            }
            // Above the body, a word and a dash can open a byline (`Market - Putu Agus, CNBC
            // Indonesia`): a dateline opens a sentence of the article.
            let above_body = layout.first_body.is_some_and(|f| i < f);
            if above_body && rest.split_whitespace().nth(7).is_none() && !crate::text::ends_sentence(rest) {
                continue;
            }
            lift::from_captures(&mut doc.metadata, &self.rules.places, rule, &caps);
            let block = &layout.blocks[i].range;
            changes.delete(block.start..block.start + end, &rule.spec.code);
            // A page printed twice opens its second copy with the same dateline, however far
            // below: it goes too. A site's name with a stop after it is no copy of the article.
            let dateline = &s[..end];
            for j in (i + 1..layout.blocks.len()).filter(|&j| verdict[j].is_none()) {
                let other = layout.text(text, j);
                if other.starts_with(dateline) && other[end..].chars().any(char::is_alphanumeric) {
                    let start = layout.blocks[j].range.start;
                    changes.delete(start..start + end, &rule.spec.code);
                }
            }
            return Dateline::Opens(end);
        }
        Dateline::None
    }

    /// Whether a block rule that takes block `i` (`s`) whole lifts a field that an end rule's
    /// match (`end`) lifts as well (`Laporan: Nana Suryana // Editor: Sony` is a byline that
    /// names the editor too): then the line is the block rule's, read whole.
    fn lifts_too(&self, layout: &Layout, i: usize, s: &str, end: &Rule, found: &regex::Captures) -> bool {
        let fields: Vec<&str> = end.regex.capture_names().flatten().filter(|g| found.name(g).is_some()).collect();
        layout.blocks[i].block_rules.iter().map(|&k| &self.rules.rules[k]).any(|rule| {
            layout.in_zone(i, rule.spec.zone)
                && rule.regex.captures(s).is_some_and(|caps| fields.iter().any(|g| caps.name(g).is_some()))
        })
    }

    /// Whether `s` opens with a dateline that names the site (`TRIBUN-TIMUR.COM, MAKASSAR – `)
    /// and a sentence of the article after it, as only the article's own first paragraph does.
    fn site_dateline(&self, s: &str) -> bool {
        self.rules(Scope::Lead).find_map(|rule| self.rules.lead_captures(rule, s).map(|caps| (rule, caps))).is_some_and(
            |(rule, caps)| {
                let m = caps.get(0).expect("group 0");
                let end = caps.name("keep").map_or(m.end(), |k| k.start());
                m.start() == 0
                    && rule
                        .regex
                        .capture_names()
                        .flatten()
                        .any(|g| lift::field_of(g) == "site" && caps.name(g).is_some())
                    && s[end..].split_whitespace().nth(5).is_some()
                    && crate::text::ends_sentence(&s[end..])
            },
        )
    }

    /// Whether block `i` opens with a dateline.
    fn opens_with_dateline(&self, layout: &Layout, text: &str, i: usize) -> bool {
        i < layout.blocks.len()
            && self.rules(Scope::Lead).any(|rule| self.rules.lead_start(rule, layout.text(text, i)) == Some(0))
    }

    /// Where a dateline near the start of `s` ends, if one stands there: the test that found
    /// the first one, so that what stays opens with no dateline and cleaning again finds none.
    fn dateline_at(&self, s: &str) -> Option<usize> {
        self.rules(Scope::Lead).find_map(|rule| {
            let caps = self.rules.lead_captures(rule, s)?;
            let m = caps.get(0).expect("group 0");
            let end = caps.name("keep").map_or(m.end(), |k| k.start());
            (m.start() <= DATELINE_REACH && end > m.start()).then_some(end)
        })
    }

    /// A dateline on a line of its own (`Jakarta, CNN Indonesia --`) that went below the title,
    /// with at most one paragraph of prose still standing between them (a caption that reads
    /// as one).
    fn dateline_line_under_title(
        &self,
        layout: &Layout,
        title: Option<usize>,
        verdict: &[Option<String>],
    ) -> Option<usize> {
        let t = title?;
        let mut prose = 0;
        (t + 1..layout.blocks.len())
            .take_while(|&j| {
                prose += usize::from(verdict[j].is_none() && layout.blocks[j].prose);
                prose <= 1
            })
            .find(|&j| verdict[j].as_deref().is_some_and(|v| self.lifts_dateline(v)))
    }

    /// The one line left between the title and the dateline, when a picture's caption says so,
    /// goes to `captions`: printed twice (alt text and caption, with no credit to tell them by:
    /// `Tribun, Pahlawan yang Kita Butuhkan ...` twice over `MOJOK.CO – `; the copy went as the
    /// title's), ending in its credit in brackets (`... di Kertanegara. (Sekretariat Presiden)`),
    /// over a credit line that went (`Yeni Lestari/VIVA`), or one sentence ending on the day the
    /// picture was taken (`... dalam Rapat Paripurna DPRD, Rabu, (26/6/2024).`). A deck there
    /// stays.
    fn strip_caption_above_dateline(
        &self,
        doc: &mut Document,
        layout: &Layout,
        text: &str,
        dateline: usize,
        title: Option<usize>,
        verdict: &mut [Option<String>],
    ) {
        let Some(t) = title else { return };
        let Some(i) = (t + 1..dateline).rev().find(|&i| verdict[i].is_none()) else { return };
        let s = layout.text(text, i);
        let words = layout.blocks[i].words;
        let between_gone = (i + 1..dateline).all(|j| verdict[j].is_some());
        if !between_gone || !(CAPTION_MIN_WORDS..=CAPTION_WORDS).contains(&words) {
            return;
        }
        let twin = (t + 1..dateline).any(|j| verdict[j].as_deref() == Some("S003") && layout.text(text, j) == s);
        // A credit in brackets after the caption's last sentence (`... 8 Desember. (Kemenpora)`).
        let bracketed = s.rfind(" (").and_then(|at| credit_after_caption(&s[at..]).map(|credit| (&s[..at], credit)));
        // The credit line under it, past labels left without their value (`Sumber :`) but not
        // past another picture's caption, whose credit it is.
        let below = (i + 1..dateline)
            .take_while(|&j| j == i + 1 || layout.blocks[j - 1].words <= LABEL_WORDS)
            .find_map(|j| self.credit_line(layout.text(text, j), verdict[j].as_deref()?));
        match (bracketed, below) {
            (Some((caption, credit)), _) if twin || crate::text::ends_sentence(caption) => {
                doc.metadata.add_caption(caption, Some(credit))
            }
            (_, Some(credit)) => doc.metadata.add_caption(s, Some(credit)),
            _ if twin || (is_dated_description(s) && !layout::has_inner_sentence_end(s)) => {
                doc.metadata.add_caption(s, None)
            }
            _ => return,
        }
        verdict[i] = Some("S008".to_string());
    }

    /// The credit a line that went by rule `code` holds when it is a photo's credit alone.
    fn credit_line<'t>(&self, s: &'t str, code: &str) -> Option<&'t str> {
        let rule = self.rules.rules.iter().find(|r| r.spec.code == code && r.spec.scope == Scope::Block)?;
        let caps = rule.regex.captures(s)?;
        Some(caps.name("credit")?.as_str())
    }

    /// Whether the rule `code` lifts a dateline's place: a dateline on a line of its own.
    fn lifts_dateline(&self, code: &str) -> bool {
        self.rules.rules.iter().filter(|r| r.spec.code == code).any(|r| lifts(r, "dateline"))
    }

    /// Whether the rule `code` lifts who wrote the article or when: a byline or a date line.
    fn credits_article(&self, code: &str) -> bool {
        self.rules.rules.iter().filter(|r| r.spec.code == code).any(|r| {
            matches!(r.spec.field, Some(Field::Author | Field::Published)) || lifts(r, "author") || lifts_date(r)
        })
    }

    /// The title is a title-like block above the body, below the site's menu when there is one;
    /// it stays as the first paragraph and is noted in the metadata.
    fn find_title(
        &self,
        doc: &mut Document,
        layout: &Layout,
        text: &str,
        verdict: &mut [Option<String>],
        dateline: Option<usize>,
    ) -> Option<usize> {
        let body = layout.first_body?.min(dateline.unwrap_or(usize::MAX));
        let open = |verdict: &[Option<String>]| -> Vec<usize> { (0..body).filter(|&i| verdict[i].is_none()).collect() };
        // The title is the first title-like block with no prose of the article above it; prose
        // boxed off by furniture (an author's profile closed by `Selanjutnya` / `Tutup`) does not
        // count. A headline-like block below the article's first prose is a subheading. The
        // name of an author or site the page credits elsewhere (a profile box's name above the
        // title) is not the title.
        let open = open(verdict);
        let candidates: Vec<usize> = open
            .iter()
            .copied()
            .filter(|&i| layout.blocks[i].title_like && !article_prose_before(layout, verdict, i))
            .filter(|&i| !lift::is_known_name(&doc.metadata, layout.text(text, i)))
            // A bulleted line is an item of a list (other articles' headlines above the title).
            .filter(|&i| !is_bulleted(layout.text(text, i)))
            .filter(|&i| opens_like_a_headline(layout.text(text, i)))
            .filter(|&i| {
                let later = (i + 1..layout.blocks.len()).map(|j| layout.text(text, j));
                !crate::stages::dedupe::opens_as_cut_teaser(layout.text(text, i), later)
            })
            .collect();
        // Menu labels (`Tentang Saya`, `Kontak`) between a candidate and the body mean the
        // candidate is the site's name or tagline above its menu, and the article's title comes
        // after the menu. One short label is as likely a leftover of the byline box. When every
        // candidate has labels below it (a byline box's buttons and tags under the title), the
        // title is the first with the fewest, the menu being above it, if nothing but a menu's
        // short labels stands above that one. Else (a sentence, a longer line) the page is no
        // menu over an article, and the first candidate is taken, since all above the title goes.
        let mut labels_below = vec![0; body + 1];
        for i in (0..body).rev() {
            let label = verdict[i].is_none() && is_menu_label(&layout.blocks[i]);
            labels_below[i] = labels_below[i + 1] + usize::from(label);
        }
        let menus_below = |c: usize| labels_below[c + 1];
        let mut pick = candidates.iter().copied().find(|&c| menus_below(c) < 2).or_else(|| {
            let fewest = candidates.iter().copied().min_by_key(|&c| menus_below(c))?;
            let menu_above = open
                .iter()
                .filter(|&&j| j < fewest)
                .all(|&j| layout.blocks[j].words <= MENU_LABEL_WORDS && !layout.blocks[j].sentence);
            if menu_above {
                Some(fewest)
            } else {
                candidates.first().copied()
            }
        })?;
        // A headline stands over its byline or date line (`Oleh Budi`, `27 November 2019`): when
        // a later candidate does and the one picked does not, the lines above it are the site's
        // (an advertiser's slogan, a tagline) and go with the header.
        let credited =
            |c: usize| verdict.get(c + 1).and_then(Option::as_deref).is_some_and(|v| self.credits_article(v));
        // A summary set over the byline (Tribun's) repeats the lede's first words, or is a long
        // sentence under a headline: no headline.
        let summary_under = |c: usize| {
            let (picked, under) = (&layout.blocks[pick], &layout.blocks[c]);
            opens_a_later_block(layout, text, c) || (picked.headline && !under.headline && under.words > SLOGAN_WORDS)
        };
        if !credited(pick) {
            if let Some(c) =
                candidates.iter().copied().find(|&c| c > pick && c + 1 < body && credited(c) && !summary_under(c))
            {
                pick = c;
            }
        }
        // Topic and section labels printed over the headline (`Info Gempa Bumi Hari Ini`, then
        // the headline) are shorter than the headline right under them, which reads as one or
        // is twice their length: a lede in sentence case a word or two longer than the title is
        // no headline, and glued words that repair parts later would change the count.
        let mut label = pick;
        for _ in 0..KICKER_LABELS {
            let words = layout.blocks[label].words;
            // A menu label between them (`Sports`) is the header's too.
            let next = open.iter().copied().find(|&j| j > label && !is_menu_label(&layout.blocks[j]));
            let Some(next) = next.filter(|n| candidates.contains(n)) else {
                break;
            };
            if words > KICKER_WORDS {
                break;
            }
            let under = &layout.blocks[next];
            if under.words > words + 2 && (under.headline || under.words >= 2 * words) {
                pick = next;
                break;
            }
            label = next;
        }
        let title = layout.text(text, pick).to_string();
        doc.metadata.title = Some(title);
        Some(pick)
    }
}

/// Other articles' headlines listed inside the article (a network's box of links between two
/// paragraphs: `- Di Sumenep 300 Ternak Terpapar Virus PMK, Ini Langkah DKPP`): two or more
/// bulleted headlines in a row, each long, with no line above introducing them as the article's
/// own list (`Berikut daftarnya:`).
fn strip_listed_headlines(layout: &Layout, verdict: &mut [Option<String>]) {
    let listed = |i: usize| {
        let b = &layout.blocks[i];
        b.headline_item && b.headline && b.words >= LISTED_HEADLINE_WORDS
    };
    let mut i = 0;
    while i < layout.blocks.len() {
        let run = (i..layout.blocks.len()).take_while(|&j| verdict[j].is_none() && listed(j)).count();
        let introduced = || (0..i).rev().find(|&j| verdict[j].is_none()).is_some_and(|j| layout.blocks[j].opens_list);
        if run >= 2 && !introduced() {
            for v in &mut verdict[i..i + run] {
                *v = Some("S002".to_string());
            }
        }
        i += run.max(1);
    }
}

/// The fewest words of a headline in a list of links inside the article: an article's own
/// bulleted points in title case are shorter.
const LISTED_HEADLINE_WORDS: usize = 6;

/// A page's `<title>` prints the site's name after the headline (`<headline> | Bali Tribune`,
/// `<headline> - Kompas.com`): when the page names that site elsewhere too (its dateline, a
/// byline), the name goes and the title is the headline.
fn strip_site_after_title(doc: &mut Document, title: &str, at: usize, changes: &mut Changes) {
    let Some(site) = doc.metadata.site.as_deref() else { return };
    let site = site_key(site);
    let found = [" | ", " - ", " – ", " — "].iter().find_map(|sep| {
        let (headline, name) = title.rsplit_once(sep)?;
        (site.len() >= 3 && site_key(name) == site && headline.split_whitespace().count() >= 3).then_some(headline)
    });
    if let Some(headline) = found {
        changes.delete(at + headline.len()..at + title.len(), "S011");
        doc.metadata.title = Some(headline.to_string());
    }
}

/// A site's name as its domain's first label spells it, to compare names: `Bali Tribune`,
/// `balitribune.co.id` and `BaliTribune` are one site.
fn site_key(name: &str) -> String {
    let name = name.trim();
    let name = name.split_once("://").map_or(name, |(_, rest)| rest);
    let name = name.strip_prefix("www.").unwrap_or(name);
    let label = name.split('.').next().unwrap_or(name);
    label.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Whether the opening words of block `i` stand in one of the few blocks after it: a summary
/// repeats the lede's first words, a headline does not.
fn opens_a_later_block(layout: &Layout, text: &str, i: usize) -> bool {
    const WORDS: usize = 6;
    let opening: Vec<&str> = layout.text(text, i).split_whitespace().take(WORDS).collect();
    if opening.len() < WORDS {
        return false;
    }
    let opening = opening.join(" ");
    (i + 1..layout.blocks.len().min(i + 1 + TITLE_COPY_REACH))
        .any(|j| layout.text(text, j).split_whitespace().collect::<Vec<_>>().join(" ").contains(&opening))
}

/// A label of the site's menu: a word or two, not a sentence nor a title.
fn is_menu_label(info: &BlockInfo) -> bool {
    (1..=MENU_LABEL_WORDS).contains(&info.words) && !info.title_like && !info.prose && !info.sentence
}

/// The most words of a site's slogan or tagline over the headline; a line in a sentence's case
/// that runs longer under a headline is the article's summary.
const SLOGAN_WORDS: usize = 12;

/// The most words of a menu's label (`Lihat Semua Hasil`).
const MENU_LABEL_WORDS: usize = 3;

/// A web address alone on its line.
fn is_bare_link(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://")) && !s.contains(char::is_whitespace)
}

/// How many blocks above the last prose a newsroom's end mark is looked for in, when only short
/// teasers follow it, and how many words those may hold in all.
const TEASERS_AFTER_MARK: usize = 2;
const TEASER_WORDS: usize = 40;

/// How many blocks above a caption are looked at for its copy as the picture's alt text: the
/// copy, and the photo's credit between them.
const CAPTION_COPY_REACH: usize = 2;

/// How many of the blocks after it are compared with a block for a copy of the title.
const TITLE_COPY_REACH: usize = 3;

/// What a block holds of a dateline.
enum Dateline {
    /// A dateline and nothing but furniture: the block goes.
    FillsBlock,
    /// A dateline opening the block, this many bytes long.
    Opens(usize),
    None,
}

/// The most words a topic label over a headline has, and how many labels may stand over it.
const KICKER_WORDS: usize = 5;
const KICKER_LABELS: usize = 3;

/// How many times at most a page is judged: each round after the first removes at least a block,
/// and real pages settle in one or two.
const ROUNDS: usize = 4;

/// How many blocks past the first body block the dateline is looked for, each way.
const DATELINE_WINDOW: usize = 3;

/// Where the dateline is looked for first: among the blocks still open (`verdict` none), from
/// `DATELINE_WINDOW` before the body's first block to as many after it. `start_candidate` and
/// `end_candidate` index the open blocks; `end` is the block where the window ends.
struct DatelineWindow {
    start_candidate: usize,
    end_candidate: usize,
    end: usize,
}

fn dateline_window(layout: &Layout, verdict: &[Option<String>]) -> DatelineWindow {
    let first = layout.first_body.unwrap_or(0);
    let open: Vec<usize> = (0..layout.blocks.len()).filter(|&i| verdict[i].is_none()).collect();
    let after = open.iter().position(|&i| i >= first).unwrap_or(open.len());
    let end_candidate = (0..DATELINE_WINDOW).fold(after, |at, _| window_step(layout, &open, at));
    DatelineWindow {
        start_candidate: after.saturating_sub(DATELINE_WINDOW),
        end_candidate,
        end: open.get(end_candidate).copied().unwrap_or(layout.blocks.len()),
    }
}

/// Where the dateline's window ends when it reaches one open block further than `at` (an index
/// of `open`). A line of a word or three that ends no sentence (a photo's credit,
/// `TribunAmbon.com`, between a summary and the dateline) is passed over with the next: the
/// furniture between the body's start and its dateline varies in such lines. A bulleted list
/// (a summary box's points above the dateline, `Intinya sih...`) is one step, however long.
fn window_step(layout: &Layout, open: &[usize], mut at: usize) -> usize {
    while let Some(&i) = open.get(at) {
        at += 1;
        if layout.blocks[i].bulleted {
            while open.get(at).is_some_and(|&j| layout.blocks[j].bulleted) {
                at += 1;
            }
        }
        if !layout.blocks[i].slight() {
            break;
        }
    }
    at
}

/// How far into its block a dateline may stand: a teaser glued before it is a sentence or two.
pub(crate) const DATELINE_REACH: usize = 400;

/// The most words a list of labels glued before a dateline has.
const LABEL_BEFORE_DATELINE: usize = 6;

/// Whether the words `before` a dateline's match (`from` on) in its block are a sentence running
/// on into what only looks like one, one item of a list among others (`yakni UK Olahraga, UK
/// Kesenian, UK KSR-PMI`). What a page glues before its dateline ends a sentence (a teaser), or
/// is cut off with no stop (`Share on Linkedin Ilustrasi KENDARI, RIGHTNEWS.COM – `), or lost
/// its break (`mengomandoJakarta (ANTARA) - `): it does not go on past a comma.
fn runs_into_dateline(before: &str, from: &str) -> bool {
    let spaced = before.ends_with(char::is_whitespace) || from.starts_with(char::is_whitespace);
    spaced && before.trim_end().ends_with([',', ';']) && before.split_whitespace().nth(LABEL_BEFORE_DATELINE).is_some()
}

/// Whether the paragraphs that end in photo credits (`captions`, prose-like blocks) are most of
/// the page's words: then they are the article. Copies that dedupe removes do not count, so
/// that the page is judged as cleaning its output again judges it.
/// Only the blocks `kept` says stay are counted.
fn is_gallery(
    layout: &Layout,
    text: &str,
    captions: &[usize],
    title: Option<&str>,
    kept: impl Fn(usize) -> bool,
) -> bool {
    if captions.is_empty() {
        return false;
    }
    let ranges: Vec<Range<usize>> = layout.blocks.iter().map(|b| b.range.clone()).collect();
    let title_first = title.is_some_and(|t| layout.blocks.first().is_some_and(|_| layout.text(text, 0) == t));
    let repeats = crate::stages::dedupe::repeats(text, &ranges, title_first);
    let words = |i: usize| if repeats[i].is_none() && kept(i) { layout.blocks[i].words } else { 0 };
    let caption_words: usize = captions.iter().map(|&i| words(i)).sum();
    let prose_words: usize = (0..layout.blocks.len()).filter(|&i| layout.blocks[i].words >= 8).map(words).sum();
    caption_words * 2 > prose_words
}

/// Whether `s` is a photo's caption as Tribun sets it: a label of a word or a few in capitals, a
/// dash, and a description of a sentence or more.
fn is_caption_label(s: &str) -> bool {
    if is_dated_description(s) {
        return true;
    }
    let Some((label, description)) = caption_label(s) else {
        return false;
    };
    let words = label.split_whitespace().count();
    (1..=5).contains(&words)
        && label.chars().any(char::is_uppercase)
        && !label.chars().any(char::is_lowercase)
        && description.split_whitespace().nth(5).is_some()
        && crate::text::ends_sentence(description)
}

/// The block that follows a caption, of the `open` blocks after it: the next, or the one after
/// it when the next is the photographer's name on a line of its own (`MUHAMMAD HADIYAN`).
fn below_caption(layout: &Layout, open: &[usize]) -> Option<usize> {
    let credit = |i: usize| layout.blocks[i].words <= 3 && !layout.blocks[i].sentence;
    match open {
        [next, after, ..] if credit(*next) => Some(*after),
        [next, ..] => Some(*next),
        [] => None,
    }
}

/// A caption's label and its description, parted by a dash (`BANJIR BANDANG - Warga ...`).
fn caption_label(s: &str) -> Option<(&str, &str)> {
    s.split_once(" - ").or_else(|| s.split_once(" – "))
}

/// A photo's description in a sentence that ends on the day it was taken, in brackets
/// (`... menonton konser di GBK, Senayan, Rabu (15/11/2023)`), as Tribun's captions do; no
/// headline ends so.
fn is_dated_description(s: &str) -> bool {
    let s = s.trim_end().trim_end_matches('.');
    let Some(date) = s.strip_suffix(')').and_then(|s| s.rsplit_once('(')).map(|(_, d)| d) else {
        return false;
    };
    let parts: Vec<&str> = date.split('/').collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        && s.split_whitespace().nth(5).is_some()
}

/// Whether `s` opens as a headline does: with a capital, a figure or a mark, or with a brand's
/// small letter before a capital (`iPhone`, `eKTP`). A line in small letters is a caption under
/// the picture or a sentence cut in two, whatever its length.
fn opens_like_a_headline(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => chars.next().is_some_and(char::is_uppercase),
        _ => true,
    }
}

/// Whether `rule` lifts `field` (its pattern names a group of that field, `published2` too).
fn lifts(rule: &Rule, field: &str) -> bool {
    rule.regex.capture_names().flatten().any(|g| lift::field_of(g) == field)
}

/// Whether `rule` lifts a date.
fn lifts_date(rule: &Rule) -> bool {
    lifts(rule, "published")
}

/// Whether `rule` takes a photo caption.
fn lifts_caption(rule: &Rule) -> bool {
    lifts(rule, "caption")
}

/// Whether block `i`, a headline-like line after the body, heads a list of the article's own: the
/// next line that stays introduces items (`Susunan Pemain Tunisia vs Panama`, then `Tunisia:` and
/// the names). Another article's headline is followed by another headline, not by a list.
fn heads_a_list(layout: &Layout, i: usize, goes: impl Fn(usize) -> bool) -> bool {
    let mut kept = (i + 1..layout.blocks.len()).filter(|&j| !goes(j));
    kept.next().is_some_and(|j| layout.blocks[j].opens_list && !layout.blocks[j].furniture) && kept.next().is_some()
}

/// Whether block `s` reads as an item of a list of other articles' headlines (S002, when it
/// stands after the body): a headline of four words or more, not a label line or a numbered item.
fn reads_as_headline_item(info: &BlockInfo, s: &str) -> bool {
    info.headline && info.words >= 4 && !is_label_line(s) && !starts_numbered(s)
}

/// Whether a block is a list of keywords, with no sentence mark: comma-separated without spaces,
/// as a page's keyword field prints them (a name may be a function word: `ANTARA`), or, after
/// the article (`tail`), words mostly in lower case and none a function word, which neither a
/// headline nor prose is. Commas do not decide the second kind: `punctuation` may take some out.
fn reads_as_tag_list(info: &BlockInfo, s: &str, tail: bool) -> bool {
    if info.sentence || info.words < 5 || s.contains(['.', '!', '?', '"', ':', '(', ')']) {
        return false;
    }
    let glued_commas = s.as_bytes().windows(2).filter(|w| w[0] == b',' && w[1] != b' ').count();
    if glued_commas >= 2 {
        return info.function_words * 4 <= info.words;
    }
    let lower = s.split_whitespace().filter(|w| w.starts_with(|c: char| c.is_lowercase())).count();
    tail && info.function_words == 0 && info.words >= 8 && lower * 2 >= info.words
}

/// Whether block `i`, a headline-like line after the body, is an item of the article's own list
/// rather than another article's headline: a line above introduces a list, and the list has not
/// visibly ended before `i`.
fn in_the_articles_list(layout: &Layout, text: &str, i: usize, goes: impl Fn(usize) -> bool) -> bool {
    // The body's last paragraph ends in a colon (`Berikut film yang tayang pekan ini menurut
    // jadwal resmi:`): a list of titles follows it, as long as every line since reads as a
    // title too (a headline under a list of another form is another article's). A list of
    // `name: value` items is one form, whichever of its items read as titles (`PSPS Riau: Raja
    // Isa (Malaysia)` beside `Perserang: Putut Wijanarko`), and may be parted by the short
    // headings of its groups (`Sumatera`) that stand above such an item.
    let listed_by_body = layout.last_prose.is_some_and(|l| {
        if l >= i || !layout.blocks[l].opens_list || goes(l) {
            return false;
        }
        let kept: Vec<usize> = (l + 1..i).filter(|&j| !goes(j)).collect();
        let colon_item = |j: usize| {
            let s = layout.text(text, j);
            s.contains(": ") && !layout.blocks[j].prose && layout.blocks[j].words <= 10
        };
        // A group's heading: a few words with no sentence's end, over an item.
        let heading = |j: usize, next: Option<usize>| {
            let b = &layout.blocks[j];
            b.words <= 8 && !b.sentence && next.is_some_and(colon_item)
        };
        let after_i = (i + 1..layout.blocks.len()).find(|&j| !goes(j));
        let colon_list = colon_item(i) || heading(i, after_i);
        let of_the_list = |at: usize, j: usize| {
            let next = kept.get(at + 1).copied().or(Some(i));
            reads_as_headline_item(&layout.blocks[j], layout.text(text, j))
                || (colon_list && (colon_item(j) || heading(j, next)))
        };
        kept.iter().enumerate().all(|(at, &j)| of_the_list(at, j))
    });
    listed_by_body || layout.list_intro_before(i, &goes)
}

/// What form the items of an article's list take, when they have one to tell them by.
#[derive(PartialEq)]
enum ItemForm {
    /// `3. iPhone 12 (23,3 juta unit)`
    Numbered,
    /// `Aceh: 10 kasus`, `Bella: Cantik, menarik`
    Label,
}

fn item_form(s: &str) -> Option<ItemForm> {
    if starts_numbered(s) {
        Some(ItemForm::Numbered)
    } else if is_label_line(s) {
        Some(ItemForm::Label)
    } else {
        None
    }
}

/// Whether block `i` follows a list of two items or more in one form (numbered, or labels with
/// their values) and has neither form: the article's list ended there. A list's last item often
/// ends in a full stop, which makes it read as a line introducing what follows; the items' form
/// says it is the list itself.
fn closes_a_list_unlike_it(layout: &Layout, text: &str, i: usize, goes: impl Fn(usize) -> bool) -> bool {
    if item_form(layout.text(text, i)).is_some() {
        return false;
    }
    let mut items = (0..i).rev().filter(|&j| !goes(j)).map(|j| item_form(layout.text(text, j)));
    let Some(Some(form)) = items.next() else { return false };
    items.next().is_some_and(|next| next.as_ref() == Some(&form))
}

/// A label and its value (`Sumber: Kompas`, `Jawa Barat: 2.546 kasus`) or a line that introduces
/// what follows (`Berikut daftarnya:`), not a headline: a headline's colon has words on both
/// sides, and a capital after it (`Studi Inggris: Antibodi Bisa Bertahan`).
fn is_label_line(s: &str) -> bool {
    match s.split_once(':') {
        None => false,
        Some((before, after)) => {
            before.split_whitespace().nth(1).is_none()
                || !after.trim_start().chars().next().is_some_and(char::is_uppercase)
                || after.split_whitespace().nth(1).is_none()
        }
    }
}

/// A breadcrumb trail's start: the home page and a few sections, marks between them or not, and
/// a space before what follows, or the sections glued to the home page's name with their
/// spaces lost (`BerandaBojonegoro`).
fn is_breadcrumb_trail(s: &str) -> bool {
    const ROOTS: [&str; 4] = ["Beranda", "BERANDA", "Home", "HOME"];
    let glued = ROOTS.iter().any(|r| s.strip_prefix(r).is_some_and(|rest| rest.starts_with(char::is_uppercase)));
    let words: Vec<&str> = s.split_whitespace().filter(|w| !matches!(*w, "›" | "»" | ">" | "/" | "|")).collect();
    (glued || (s.ends_with(char::is_whitespace) && words.first().is_some_and(|w| ROOTS.contains(w))))
        && words.len() <= 6
}

/// Whether one of two lines is a copy of the other as `strip_title_copy` finds them: the same
/// words, or with the site's name, a section's name or the trail from the home page around
/// them. Judging again after a later stage changed a line asks it.
fn copies_title(a: &str, b: &str) -> bool {
    let trail = |long: &str, short: &str| long.strip_suffix(short).is_some_and(is_breadcrumb_trail);
    a.eq_ignore_ascii_case(b)
        || lift::site_around_title(a, b).is_some()
        || lift::site_around_title(b, a).is_some()
        || labelled_copy(a, b)
        || labelled_copy(b, a)
        || trail(a, b)
        || trail(b, a)
}

/// Whether `long` is `title` with the labels a site or an aggregator files it under: a section's
/// name before it (`Pemerintahan <title>`, `Wamensos: <title>`), a rank before it and a section
/// or place after it (`4 <title> Bandung`). The title is a headline of four words or more, so a
/// sentence that opens with a short line's words is no copy.
fn labelled_copy(long: &str, title: &str) -> bool {
    // Asked of many pairs of lines: the labels are a few words, which rules out most pairs before
    // any search.
    if !(1..=2 * LABEL_BYTES).contains(&long.len().saturating_sub(title.len())) {
        return false;
    }
    let Some(at) = long.find(title) else { return false };
    let (before, after) = (&long[..at], &long[at + title.len()..]);
    if (before.is_empty() && after.is_empty()) || title.split_whitespace().nth(3).is_none() {
        return false;
    }
    let before_ok = before.is_empty() || {
        let label = before.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start();
        let ranked = label.len() < before.len() && before.len() - label.len() <= 4;
        // A kicker with a colon (`Wamensos: <title>`) files it too.
        let label = label.trim_end().strip_suffix(':').unwrap_or(label);
        before.ends_with(' ') && ((label.is_empty() && ranked) || is_section_label(label))
    };
    let after_ok = after.is_empty() || (after.starts_with(' ') && is_section_label(after.trim_start()));
    before_ok && after_ok
}

/// The longest label on either side of a title's copy: a rank and two long words.
const LABEL_BYTES: usize = 40;

/// A section's name filed with a copy of the title: a word or two, capitalised.
fn is_section_label(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
}

/// A line as a flattened table cell prints it (`| <title> |`), without the bars.
fn table_cell(line: &str) -> &str {
    match line.strip_prefix('|').and_then(|l| l.strip_suffix('|')) {
        Some(cell) => cell.trim(),
        None => line,
    }
}

/// Whether `short` is `title` cut at a clause (`<title>, Bahas Isu Pilkada` printed again as
/// `<title>` under an image): four words or more, and what was cut starts after a comma, a colon
/// or a dash.
fn shortened(title: &str, short: &str) -> bool {
    let Some(head) = title.get(..short.len()) else { return false };
    let cut = title[short.len()..].trim_start();
    short.split_whitespace().nth(3).is_some()
        && head.eq_ignore_ascii_case(short)
        && cut.starts_with([',', ':', '-', '–', '—', '|'])
}

/// A numbered list item (`3. Daftar Tunjangan PNS`) is the article's list, not a headline.
fn starts_numbered(s: &str) -> bool {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && s[digits..].starts_with(['.', ')'])
}

/// Whether furniture (a block some rule removed) stands between blocks `from` and `to`; an ad
/// slot's label inside the body does not box anything off.
fn boxed_off(layout: &Layout, verdict: &[Option<String>], from: usize, to: usize) -> bool {
    (from + 1..to).any(|k| (verdict[k].is_some() || layout.blocks[k].furniture) && !layout.blocks[k].mid_article)
}

/// Whether prose that belongs to the article stands above block `i`.
fn article_prose_before(layout: &Layout, verdict: &[Option<String>], i: usize) -> bool {
    (0..i).any(|p| verdict[p].is_none() && layout.blocks[p].prose && !boxed_off(layout, verdict, p, i))
}

/// Deletes every block with a verdict, each with one of the paragraph breaks next to it, so the
/// text keeps exactly one blank line between the paragraphs that stay.
fn delete_blocks(layout: &Layout, verdict: &[Option<String>], changes: &mut Changes) {
    let blocks: Vec<&BlockInfo> = layout.blocks.iter().collect();
    let n = blocks.len();
    let last_kept = (0..n).rev().find(|&i| verdict[i].is_none());
    for i in 0..n {
        let Some(rule) = &verdict[i] else { continue };
        let range: Range<usize> = match last_kept {
            // Blocks after the last kept one take the break before them.
            Some(k) if i > k => blocks[i - 1].range.end..blocks[i].range.end,
            Some(_) => blocks[i].range.start..blocks[i + 1].range.start,
            None if i + 1 < n => blocks[i].range.start..blocks[i + 1].range.start,
            None => blocks[i].range.clone(),
        };
        // A dateline cut inside a block that goes whole (a copy of the dateline opening another
        // article's headline): the block's deletion wins, as the next run would judge.
        if changes.touches(&range) && !changes.drop_within(&range) {
            continue;
        }
        changes.delete(range, rule);
    }
}

/// A picture's alt text, then its caption: the same line again with a credit after a bar, a
/// slash or in brackets (`Ilustrasi motor kustom.` then `Ilustrasi motor kustom. | Chonnajak
/// /Shutterstock`). Above the body, a headline printed again with the site's name after a bar
/// has the same shape: that is the title's copy, and stays for `strip_title_copy`.
fn strip_caption_copies(doc: &mut Document, layout: &Layout, text: &str, verdict: &mut [Option<String>]) {
    for i in 1..layout.blocks.len() {
        if verdict[i - 1].is_some() || verdict[i].is_some() {
            continue;
        }
        let (alt, caption) = (layout.text(text, i - 1), layout.text(text, i));
        let Some(credit) = caption.strip_prefix(alt).and_then(credit_after_caption) else { continue };
        let above_body = layout.first_body.map_or(true, |f| i < f);
        let words = layout.blocks[i - 1].words;
        // A caption describes a picture in words; marks alone describe nothing.
        if !(CAPTION_MIN_WORDS..=CAPTION_WORDS).contains(&words) || (above_body && layout.blocks[i - 1].title_like) {
            continue;
        }
        doc.metadata.add_caption(alt, Some(credit));
        verdict[i - 1] = Some("S008".to_string());
        verdict[i] = Some("S008".to_string());
    }
}

/// A paragraph of the article printed above its dateline too (Tribun's pages set the photo's
/// caption or the page's description from a sentence of the body there): the copy above goes,
/// so that the article keeps its own order; dedupe would keep the first.
fn strip_copies_above_dateline(layout: &Layout, text: &str, dateline: usize, verdict: &mut [Option<String>]) {
    for i in 0..dateline {
        let s = layout.text(text, i);
        if verdict[i].is_some() || !layout.blocks[i].sentence || layout.blocks[i].words < COPIED_WORDS {
            continue;
        }
        if (dateline + 1..layout.blocks.len()).any(|j| verdict[j].is_none() && layout.text(text, j) == s) {
            verdict[i] = Some("S010".to_string());
        }
    }
}

/// The most words of a label left without its value (`Sumber :`, `Foto:`).
const LABEL_WORDS: usize = 2;

/// The fewest words of a paragraph whose copy above the dateline goes: a short line may be
/// printed twice for its own reasons (a label, a heading).
const COPIED_WORDS: usize = 8;

/// The longest caption printed twice, or labelled above a dateline; a paragraph is not an
/// image's alt text.
const CAPTION_WORDS: usize = 40;
/// The shortest: a word alone is a label, not a description.
const CAPTION_MIN_WORDS: usize = 2;

/// The credit in what follows a caption's copy: ` | Name`, ` / Name` or ` (Name)`, a few words
/// that do not make a sentence.
fn credit_after_caption(rest: &str) -> Option<&str> {
    let rest = rest.trim_start();
    let credit = match rest.strip_prefix(['|', '/']) {
        Some(credit) => credit.trim(),
        None => rest.strip_prefix('(')?.strip_suffix(')')?.trim(),
    };
    let words = credit.split_whitespace().count();
    let named = credit.chars().any(char::is_alphanumeric);
    ((1..=6).contains(&words) && named && !crate::text::ends_sentence(credit)).then_some(credit)
}
