//! The data lifted out of the text as it is cleaned: SPEC.md's JSON fields.

use serde::{Deserialize, Serialize};

/// What bersih learnt about the article while it removed the page around it. A field the source
/// does not have is `None` or empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: Option<String>,
    pub site: Option<String>,
    /// ISO 8601, local time as written (`2025-04-29T08:30`, or a date alone).
    pub published: Option<String>,
    pub authors: Vec<String>,
    pub editors: Vec<String>,
    pub dateline: Option<String>,
    pub captions: Vec<Caption>,
    pub related: Vec<String>,
}

/// An image caption and its photo credit.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Caption {
    pub text: String,
    pub credit: Option<String>,
}

impl Metadata {
    /// Sets a single-valued field the first time it is found: the earliest mention on a page is
    /// the article's own (later ones tend to belong to other articles' teasers).
    pub fn set_once(slot: &mut Option<String>, value: &str) {
        let value = value.trim();
        if slot.is_none() && !value.is_empty() {
            *slot = Some(value.to_string());
        }
    }

    /// Adds to a list field unless the value is already there.
    pub fn add(list: &mut Vec<String>, value: &str) {
        let value = value.trim();
        if !value.is_empty() && !list.iter().any(|v| v == value) {
            list.push(value.to_string());
        }
    }

    pub fn add_caption(&mut self, text: &str, credit: Option<&str>) {
        let text = text.trim();
        let credit = credit.map(str::trim).filter(|c| !c.is_empty()).map(str::to_string);
        if text.is_empty() && credit.is_none() {
            return;
        }
        if self.captions.iter().any(|c| c.text == text) {
            return;
        }
        self.captions.push(Caption { text: text.to_string(), credit });
    }
}
