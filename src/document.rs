//! The document a pipeline works on: the decoded input, the current text, the metadata lifted out
//! so far, and the edit log that links the two texts.
//!
//! Stages never write `text` directly. They describe their changes against the current text in a
//! [`Changes`] batch, and [`Document::apply`] rewrites the text and folds the batch into the log in
//! one linear pass. The log is kept in input coordinates, sorted and non-overlapping: a change that
//! touches text an earlier stage already changed is merged with that earlier edit, so replaying
//! the log on the input always gives the current text (see `tests/replay.rs`). This is the sparse
//! form of the alignment that `tokenizers` keeps per byte.

use crate::edit::{Edit, RuleCode};
use crate::metadata::Metadata;
use std::ops::Range;

/// A document in the pipeline.
#[derive(Debug, Clone)]
pub struct Document {
    input: String,
    text: String,
    edits: Vec<Edit>,
    /// What the stages lifted out of the text.
    pub metadata: Metadata,
}

/// One change a stage wants to make, against the document's current text.
#[derive(Debug, Clone)]
pub struct Change {
    pub range: Range<usize>,
    pub with: String,
    pub rule: RuleCode,
    pub confidence: f32,
    pub runner_up: Option<String>,
}

/// A batch of changes from one pass of one stage. Changes may be pushed in any order; they must
/// not overlap (a second change over the same text is dropped, which a debug build reports).
#[derive(Debug, Default)]
pub struct Changes {
    items: Vec<Change>,
    /// `(start, end, index)` of every item, so [`Changes::touches`] need not scan them all: a
    /// stage that asks before each of n changes would otherwise take n² steps.
    spans: std::collections::BTreeSet<(usize, usize, usize)>,
}

impl Changes {
    pub fn new() -> Self {
        Self::default()
    }

    /// Replaces `range` of the current text with `with`.
    pub fn replace(&mut self, range: Range<usize>, with: impl Into<String>, rule: &str) {
        self.push(Change { range, with: with.into(), rule: rule.to_string(), confidence: 1.0, runner_up: None });
    }

    /// Deletes `range` of the current text.
    pub fn delete(&mut self, range: Range<usize>, rule: &str) {
        self.replace(range, String::new(), rule);
    }

    /// Inserts `with` at byte `at` of the current text.
    pub fn insert(&mut self, at: usize, with: impl Into<String>, rule: &str) {
        self.replace(at..at, with, rule);
    }

    pub fn push(&mut self, change: Change) {
        self.spans.insert((change.range.start, change.range.end, self.items.len()));
        self.items.push(change);
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when a change already covers any part of `range` (or sits at an empty `range`).
    pub fn touches(&self, range: &Range<usize>) -> bool {
        // Only changes that start by `range.end` can touch it. Going back from there, the
        // changes do not overlap (that is what this check keeps), so once one ends before
        // `range` starts, every earlier one does too.
        for &(start, end, _) in self.spans.range(..=(range.end, usize::MAX, usize::MAX)).rev() {
            if overlaps(&(start..end), range) {
                return true;
            }
            if end < range.start {
                break;
            }
        }
        false
    }

    /// Drops the changes that lie inside `range`, when every change touching it does: a larger
    /// change is to take its place. Whether it did.
    pub fn drop_within(&mut self, range: &Range<usize>) -> bool {
        let inside = |c: &Change| range.start <= c.range.start && c.range.end <= range.end;
        if self.items.iter().any(|c| overlaps(&c.range, range) && !inside(c)) {
            return false;
        }
        self.items.retain(|c| !inside(c));
        self.spans = self.items.iter().enumerate().map(|(k, c)| (c.range.start, c.range.end, k)).collect();
        true
    }

    fn into_sorted(mut self) -> Vec<Change> {
        self.items.sort_by_key(|c| (c.range.start, c.range.end));
        let mut kept: Vec<Change> = Vec::with_capacity(self.items.len());
        for change in self.items {
            if let Some(last) = kept.last() {
                let clash = change.range.start < last.range.end
                    || (change.range.start == last.range.end && change.range.is_empty() && last.range.is_empty());
                if clash {
                    debug_assert!(false, "overlapping changes {:?} and {:?}", last, change);
                    continue;
                }
            }
            // A change that changes nothing is not an edit.
            kept.push(change);
        }
        kept
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    if a.is_empty() || b.is_empty() {
        return a.start >= b.start && a.start <= b.end && b.start >= a.start && b.start <= a.end;
    }
    a.start < b.end && b.start < a.end
}

impl Document {
    /// A document whose current text is the decoded input, with no edits yet.
    pub fn new(input: String) -> Self {
        Document { text: input.clone(), input, edits: Vec::new(), metadata: Metadata::default() }
    }

    /// The decoded input, before any stage ran.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The current text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The edit log, sorted by input position.
    pub fn edits(&self) -> &[Edit] {
        &self.edits
    }

    pub fn into_parts(self) -> (String, Metadata, Vec<Edit>) {
        (self.text, self.metadata, self.edits)
    }

    /// Applies a batch of changes made by `stage` against the current text. Returns how many
    /// changes were applied.
    pub fn apply(&mut self, stage: &'static str, changes: Changes) -> usize {
        let changes: Vec<Change> = changes
            .into_sorted()
            .into_iter()
            .filter(|c| self.text.get(c.range.clone()).is_some_and(|old| old != c.with))
            .collect();
        if changes.is_empty() {
            return 0;
        }
        let count = changes.len();
        let new_edits = self.merge_log(stage, &changes);
        let mut text = String::with_capacity(self.text.len());
        let mut at = 0;
        for change in &changes {
            text.push_str(&self.text[at..change.range.start]);
            text.push_str(&change.with);
            at = change.range.end;
        }
        text.push_str(&self.text[at..]);
        self.text = text;
        self.edits = new_edits;
        count
    }

    /// Folds `changes` (in current-text coordinates, sorted, disjoint) into the edit log.
    ///
    /// Old edits and new changes are swept in order of their position in the current text and
    /// grouped where they conflict: a change that overlaps an old edit's output, or two insertions
    /// at one point (whose order replay could not tell). A group of one becomes or stays an edit;
    /// a larger group becomes one edit spanning all of it.
    fn merge_log(&self, stage: &'static str, changes: &[Change]) -> Vec<Edit> {
        #[derive(Clone, Copy)]
        enum Item {
            Old(usize),
            New(usize),
        }
        // Output ranges of old edits in the current text.
        let mut old_out = Vec::with_capacity(self.edits.len());
        let mut delta: isize = 0;
        for e in &self.edits {
            let start = (e.input.start as isize + delta) as usize;
            old_out.push(start..start + e.after.len());
            delta += e.after.len() as isize - e.input.len() as isize;
        }
        let mut items = Vec::with_capacity(old_out.len() + changes.len());
        let (mut i, mut j) = (0, 0);
        while i < old_out.len() || j < changes.len() {
            let take_old = match (old_out.get(i), changes.get(j)) {
                (Some(o), Some(c)) => (o.start, o.end) <= (c.range.start, c.range.end),
                (Some(_), None) => true,
                _ => false,
            };
            if take_old {
                items.push(Item::Old(i));
                i += 1;
            } else {
                items.push(Item::New(j));
                j += 1;
            }
        }

        let range_of = |item: Item| match item {
            Item::Old(k) => old_out[k].clone(),
            Item::New(k) => changes[k].range.clone(),
        };
        let is_insertion = |item: Item| match item {
            Item::Old(k) => self.edits[k].input.is_empty(),
            Item::New(k) => changes[k].range.is_empty(),
        };

        let mut result = Vec::with_capacity(self.edits.len() + changes.len());
        // Delta (output minus input length) of the old edits already passed.
        let mut passed_delta: isize = 0;
        let mut k = 0;
        while k < items.len() {
            // Grow a group from items[k].
            let mut end = k + 1;
            let mut group_end = range_of(items[k]).end;
            let (mut has_old, mut has_new) = (matches!(items[k], Item::Old(_)), matches!(items[k], Item::New(_)));
            while end < items.len() {
                let next = items[end];
                let r = range_of(next);
                let last = items[end - 1];
                let other_kind = match next {
                    Item::Old(_) => has_new,
                    Item::New(_) => has_old,
                };
                let strict = r.start < group_end && other_kind;
                let twin_insertions = r.start == group_end
                    && is_insertion(next)
                    && is_insertion(last)
                    && range_of(last).end == r.start
                    && matches!((last, next), (Item::Old(_), Item::New(_)) | (Item::New(_), Item::Old(_)));
                let inside_insertion = r.start == group_end
                    && r.is_empty()
                    && matches!(last, Item::Old(_))
                    && is_insertion(last)
                    && matches!(next, Item::New(_));
                if !(strict || twin_insertions || inside_insertion) {
                    break;
                }
                group_end = group_end.max(r.end);
                has_old |= matches!(next, Item::Old(_));
                has_new |= matches!(next, Item::New(_));
                end += 1;
            }
            let group = &items[k..end];
            if group.len() == 1 {
                match group[0] {
                    Item::Old(o) => {
                        let e = &self.edits[o];
                        passed_delta += e.after.len() as isize - e.input.len() as isize;
                        result.push(e.clone());
                    }
                    Item::New(c) => {
                        let change = &changes[c];
                        let start = (change.range.start as isize - passed_delta) as usize;
                        let end = (change.range.end as isize - passed_delta) as usize;
                        result.push(self.new_edit(stage, change, start..end, change.with.clone(), Vec::new()));
                    }
                }
            } else {
                let out_start = group.iter().map(|&it| range_of(it).start).min().unwrap_or(0);
                let out_end = group.iter().map(|&it| range_of(it).end).max().unwrap_or(0);
                let mut in_start = (out_start as isize - passed_delta) as usize;
                if let Some(Item::Old(o)) = group.iter().find(|it| matches!(it, Item::Old(_))) {
                    if old_out[*o].start == out_start {
                        in_start = in_start.min(self.edits[*o].input.start);
                    }
                }
                let mut absorbed = Vec::new();
                for &it in group {
                    if let Item::Old(o) = it {
                        let e = &self.edits[o];
                        passed_delta += e.after.len() as isize - e.input.len() as isize;
                        absorbed.push(e.rule.clone());
                        absorbed.extend(e.absorbed.iter().cloned());
                    }
                }
                let mut in_end = (out_end as isize - passed_delta) as usize;
                if let Some(Item::Old(o)) = group.iter().rev().find(|it| matches!(it, Item::Old(_))) {
                    if old_out[*o].end == out_end {
                        in_end = in_end.max(self.edits[*o].input.end);
                    }
                }
                // The group's new text: the current text over the group's span with the
                // changes applied.
                let mut after = String::new();
                let mut at = out_start;
                let mut main: Option<&Change> = None;
                let mut confidence: f32 = 1.0;
                for &it in group {
                    if let Item::New(c) = it {
                        let change = &changes[c];
                        after.push_str(&self.text[at..change.range.start]);
                        after.push_str(&change.with);
                        at = change.range.end;
                        confidence = confidence.min(change.confidence);
                        match main {
                            Some(m) if m.range.len() >= change.range.len() => absorbed.push(change.rule.clone()),
                            Some(m) => {
                                absorbed.push(m.rule.clone());
                                main = Some(change);
                            }
                            None => main = Some(change),
                        }
                    }
                }
                after.push_str(&self.text[at..out_end]);
                let main = main.expect("a merged group holds a change");
                absorbed.dedup();
                let mut edit = self.new_edit(stage, main, in_start..in_end, after, absorbed);
                edit.confidence = confidence;
                result.push(edit);
            }
            k = end;
        }
        result
    }

    fn new_edit(
        &self,
        stage: &'static str,
        change: &Change,
        input: Range<usize>,
        after: String,
        absorbed: Vec<RuleCode>,
    ) -> Edit {
        Edit {
            stage,
            rule: change.rule.clone(),
            before: self.input[input.clone()].to_string(),
            input,
            after,
            confidence: change.confidence,
            absorbed,
            runner_up: change.runner_up.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::replay;

    fn check(doc: &Document) {
        assert_eq!(replay(doc.input(), doc.edits()), doc.text(), "log: {:#?}", doc.edits());
        for pair in doc.edits().windows(2) {
            assert!(pair[0].input.end <= pair[1].input.start, "overlap: {:#?}", pair);
        }
    }

    #[test]
    fn a_change_over_an_earlier_edit_merges_with_it() {
        let mut doc = Document::new("a “b” c".to_string());
        let mut ch = Changes::new();
        ch.replace(2..5, "\"", "N006");
        ch.replace(6..9, "\"", "N006");
        doc.apply("normalize", ch);
        assert_eq!(doc.text(), "a \"b\" c");
        check(&doc);
        let mut ch = Changes::new();
        ch.delete(2..6, "B001");
        doc.apply("boilerplate", ch);
        assert_eq!(doc.text(), "a c");
        check(&doc);
        assert_eq!(doc.edits().len(), 1);
        assert_eq!(doc.edits()[0].absorbed, vec!["N006".to_string()]);
    }

    #[test]
    fn insertions_next_to_earlier_edits_keep_their_order() {
        let mut doc = Document::new("ab.cd".to_string());
        let mut ch = Changes::new();
        ch.insert(3, " ", "P001");
        doc.apply("punctuation", ch);
        let mut ch = Changes::new();
        ch.insert(3, "!", "X");
        ch.insert(4, "?", "Y");
        doc.apply("test", ch);
        assert_eq!(doc.text(), "ab.! ?cd");
        check(&doc);
    }

    #[test]
    fn touches_sees_changes_on_either_side_and_at_a_point() {
        let mut ch = Changes::new();
        ch.delete(10..20, "A");
        ch.insert(30, "x", "B");
        ch.replace(0..5, "y", "C");
        assert!(ch.touches(&(15..16)) && ch.touches(&(19..25)) && ch.touches(&(4..6)));
        assert!(ch.touches(&(30..30)) && ch.touches(&(10..10)));
        assert!(!ch.touches(&(5..10)) && !ch.touches(&(20..30)) && !ch.touches(&(31..40)));
    }

    #[test]
    fn disjoint_changes_stay_separate_edits() {
        let mut doc = Document::new("one two three".to_string());
        let mut ch = Changes::new();
        ch.replace(0..3, "1", "A");
        doc.apply("s", ch);
        let mut ch = Changes::new();
        ch.replace(6..11, "3", "B");
        doc.apply("s", ch);
        assert_eq!(doc.text(), "1 two 3");
        assert_eq!(doc.edits().len(), 2);
        assert_eq!(doc.edits()[1].input, 8..13);
        check(&doc);
    }
}
