//! Lifting data out of the blocks that go: names, dates, captions, related headlines.

use crate::metadata::Metadata;
use crate::ruleset::{Field, Places, Rule};
use regex::Captures;

/// Puts every named group of a rule's match into its metadata field. A group's name is the
/// field's, with a digit suffix allowed where a pattern has alternatives (`related2`).
pub fn from_captures(meta: &mut Metadata, places: &Places, rule: &Rule, caps: &Captures) {
    let mut caption: Option<String> = None;
    let mut credit: Option<String> = None;
    let (mut site, mut dateline): (Option<String>, Option<String>) = (None, None);
    // What the `site` group holds when the `dateline` group already named the site.
    let mut displaced: Option<String> = None;
    for name in rule.regex.capture_names().flatten() {
        let Some(value) = caps.name(name) else { continue };
        let value = tidy(value.as_str());
        match field_of(name) {
            "title" => Metadata::set_once(&mut meta.title, &value),
            "site" if site.is_some() => displaced = Some(value),
            "site" => _ = site.get_or_insert(value),
            "dateline" if names_a_site(&value) => _ = site.get_or_insert(value),
            "dateline" => _ = dateline.get_or_insert(value),
            "published" => {
                if let Some(date) = parse_date(&value) {
                    Metadata::set_once(&mut meta.published, &date);
                }
            }
            "author" => split_names(&value).for_each(|n| Metadata::add(&mut meta.authors, n)),
            "editor" => split_names(&value).for_each(|n| Metadata::add(&mut meta.editors, n)),
            // A title keeps neither its quotes nor the comma of the paragraph it was glued into.
            "related" => Metadata::add(&mut meta.related, value.trim_end_matches(['"', '“', '”', ' ', ':', ',', ';'])),
            "caption" => caption = Some(value),
            "credit" => credit = Some(value),
            _ => {}
        }
    }
    // The site's name where the place stands (`BORNEONEWS, Kuala Pembuang - `): the name
    // after it, when it names no site, is the place.
    if dateline.is_none() {
        dateline = displaced.filter(|d| !names_a_site(d));
    }
    // `Place, Site - ` and `Site, Place - ` are both printed, and two capitalised words do not
    // say which is which: a known place does, unless the place stands first in capitals as
    // datelines set it (`KUNINGAN, Jabar - `) and is no word a site's name is made of
    // (`TIMESINDONESIA, MALANG – `).
    if let (Some(s), Some(d)) = (&site, &dateline) {
        if places.reads_as_place(s)
            && !places.reads_as_place(d)
            && (d.chars().any(char::is_lowercase) || names_a_site(d))
        {
            std::mem::swap(&mut site, &mut dateline);
        }
    }
    if let Some(site) = site {
        Metadata::set_once(&mut meta.site, &site);
    }
    if let Some(dateline) = dateline {
        Metadata::set_once(&mut meta.dateline, &dateline);
    }
    match (caption, credit) {
        (Some(text), credit) => meta.add_caption(&unrepeat(&text), credit.as_deref().map(tidy_credit).as_deref()),
        (None, Some(credit)) => attach_credit(meta, &credit),
        (None, None) => {}
    }
}

/// The field a named group lifts into: its name without the digits that tell a pattern's
/// alternatives apart (`site2`).
pub fn field_of(group: &str) -> &str {
    group.trim_end_matches(|c: char| c.is_ascii_digit())
}

/// The date a rule's match lifts into `published`, as ISO 8601, and whether the line labels it
/// as the day the article was updated (`diperbarui 27 Jun 2018, 14:15 WIB`) rather than
/// published.
pub fn captured_date(rule: &Rule, caps: &Captures) -> Option<(String, bool)> {
    let groups = rule.regex.capture_names().flatten().filter(|g| field_of(g) == "published");
    let date = groups.filter_map(|g| caps.name(g)).next()?;
    let line = caps.get(0).expect("group 0");
    let label = line.as_str()[..date.start() - line.start()].to_lowercase();
    let updated = ["perbarui", "update"].iter().any(|w| label.contains(w));
    Some((parse_date(&tidy(date.as_str()))?, updated))
}

/// Where the text before a marker that stays ends: the end of the `prior` group (or of
/// `prior2`, ..., for a pattern whose alternatives each see a different kind of text before it).
pub fn prior_end(rule: &Rule, caps: &Captures) -> Option<usize> {
    rule.regex.capture_names().flatten().filter(|g| field_of(g) == "prior").find_map(|g| caps.name(g)).map(|m| m.end())
}

/// Whether what stands where a dateline's place stands is a site's name (`JagoDangdut –`,
/// `VIVAnews -`, `SULAWESINEWS–`): one word written as no place is, with a capital inside it
/// after a small letter, small letters after a run of capitals, or a news site's word at its end
/// (`TIMESINDONESIA`).
fn names_a_site(word: &str) -> bool {
    if word.contains(char::is_whitespace) {
        return false;
    }
    let chars: Vec<char> = word.chars().collect();
    let camel = chars.windows(2).any(|w| w[0].is_lowercase() && w[1].is_uppercase());
    let caps_then_small = chars.windows(3).any(|w| w[0].is_uppercase() && w[1].is_uppercase() && w[2].is_lowercase());
    let lower = word.to_lowercase();
    let news_word = ["news", "online", "zone", "times", "post", "media", "indonesia"]
        .iter()
        .any(|end| lower.len() > end.len() + 2 && lower.ends_with(end));
    camel || caps_then_small || news_word
}

/// Puts a neighbouring block's text into a field, for label rules.
pub fn to_field(meta: &mut Metadata, field: Field, value: &str) {
    let value = tidy(value);
    match field {
        Field::Author => split_names(&value).for_each(|n| Metadata::add(&mut meta.authors, n)),
        Field::Editor => split_names(&value).for_each(|n| Metadata::add(&mut meta.editors, n)),
        Field::Site => Metadata::set_once(&mut meta.site, &value),
        Field::Published => {
            if let Some(date) = parse_date(&value) {
                Metadata::set_once(&mut meta.published, &date);
            }
        }
        Field::Caption => meta.add_caption(&value, None),
        // A linked title listed as a bulleted item keeps no bullet.
        Field::Related => Metadata::add(&mut meta.related, super::layout::without_bullet(&value)),
        Field::Credit => attach_credit(meta, &value),
    }
}

/// A credit line on its own belongs to the caption lifted just before it.
fn attach_credit(meta: &mut Metadata, credit: &str) {
    let credit = tidy_credit(credit);
    match meta.captions.last_mut() {
        Some(last) if last.credit.is_none() => last.credit = Some(credit),
        _ => {}
    }
}

/// Whitespace folded, as in the clean text.
fn tidy(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Credits lose the brackets they were printed in and a final full stop
/// (`(ANTARA/HO-Satgas COVID-19/pri.)`), but keep a source they name in brackets
/// (`Pool (Autoevolution)`).
fn tidy_credit(credit: &str) -> String {
    let mut credit = credit.trim_matches(' ');
    loop {
        let inner = credit.get(1..credit.len().saturating_sub(1)).unwrap_or("");
        let opens = credit.matches(['(', '[']).count();
        let closes = credit.matches([')', ']']).count();
        credit = if credit.starts_with(['(', '[']) && credit.ends_with([')', ']']) && balanced(inner) {
            inner
        } else if credit.starts_with(['(', '[']) && opens > closes {
            &credit[1..]
        } else if credit.ends_with([')', ']']) && closes > opens {
            &credit[..credit.len() - 1]
        } else {
            break;
        }
        .trim_matches(' ');
    }
    tidy(credit.trim_end_matches('.'))
}

/// Whether every bracket in `s` closes one opened before it.
fn balanced(s: &str) -> bool {
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return false,
            },
            _ => {}
        }
    }
    depth == 0
}

/// A caption printed twice in one block (`A. B A. B`) is recorded once.
fn unrepeat(text: &str) -> String {
    let head: String = text.chars().take(30).collect();
    if head.chars().count() == 30 {
        if let Some(again) = text[head.len()..].find(head.as_str()) {
            return tidy(&text[..head.len() + again]);
        }
    }
    tidy(text)
}

fn split_names(value: &str) -> impl Iterator<Item = &str> {
    value.split([',', '&']).flat_map(|p| p.split(" dan ")).map(str::trim).filter(|n| !n.is_empty()).map(|n| {
        // An initial keeps its full stop (`Dewi H.`, `D.Dj.`); a whole word loses a stray one.
        let last = n.rsplit(' ').next().unwrap_or(n);
        if n.ends_with('.') && last.trim_end_matches('.').chars().count() > 3 {
            n.trim_end_matches('.')
        } else {
            n
        }
    })
}

/// A person's name: a few capitalised words, no sentence.
pub fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 6
        && !s.contains([':', '|', '/'])
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase()) || matches!(*w, "bin" | "binti" | "dan" | "van" | "de")
        })
}

/// A photo credit: an agency and a name with a slash, or a few capitalised words.
pub fn looks_like_credit(s: &str) -> bool {
    s.contains('/') && s.split_whitespace().count() <= 8 || looks_like_name(s)
}

/// Whether a block repeats a name the metadata already holds.
pub fn is_known_name(meta: &Metadata, s: &str) -> bool {
    let same = |n: &String| n.eq_ignore_ascii_case(s.trim());
    meta.authors.iter().any(same) || meta.editors.iter().any(same) || meta.site.iter().any(same)
}

/// `Site – Title`, `Title - Site` or `Title | Site`: the site's name around a repeated title.
pub fn site_around_title<'a>(block: &'a str, title: &str) -> Option<&'a str> {
    let seps = [" – ", " — ", " - ", " | ", " :: "];
    if let Some(rest) = block.strip_suffix(title) {
        let site = seps.iter().find_map(|sep| rest.strip_suffix(sep))?;
        return short_name(site);
    }
    if let Some(rest) = block.strip_prefix(title) {
        let site = seps.iter().find_map(|sep| rest.strip_prefix(sep))?;
        return short_name(site);
    }
    None
}

fn short_name(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty() && s.split_whitespace().count() <= 4).then_some(s)
}

/// `29 Apr 2025, 08:30`, `Senin, 18 November 2024 – 13:17`, `26 Juli 2016`, `02 - Aug - 2023`,
/// `28/02/2025, 19:45`, `2025-02-28 19:45:00`, `12 Oktober 2017 |10:30` or `February 28, 2025 |
/// 07:45 pm` as ISO 8601 local time (`2025-04-29T08:30`), or a date alone.
pub fn parse_date(s: &str) -> Option<String> {
    // A bar parts the time from the date, with or without spaces (`12 Oktober 2017 |10:30`), and
    // a dash standing alone parts anything (`02 - Aug - 2023`, `18 November 2024 – 13:17`).
    let dash = |t: &str| t.chars().all(|c| matches!(c, '-' | '–' | '—'));
    let tokens: Vec<&str> =
        s.split(|c: char| c.is_whitespace() || c == ',' || c == '|').filter(|t| !t.is_empty() && !dash(t)).collect();
    let (at, (year, month, day)) =
        (0..tokens.len()).find_map(|i| date_at(&tokens[i..]).map(|(n, date)| (i + n, date)))?;
    let date = format!("{year:04}-{month:02}-{day:02}");
    let rest = &tokens[at..];
    let time = rest.iter().take(3).enumerate().find_map(|(i, t)| {
        let (h, m) = parse_time(t)?;
        let meridiem = rest.get(i + 1).map(|m| m.trim_end_matches('.').to_ascii_lowercase());
        Some(match meridiem.as_deref() {
            Some("pm" | "p.m") if h < 12 => (h + 12, m),
            Some("am" | "a.m") if h == 12 => (0, m),
            _ => (h, m),
        })
    });
    Some(match time {
        Some((h, m)) => format!("{date}T{h:02}:{m:02}"),
        None => date,
    })
}

/// The date that `tokens` open with, and how many tokens it takes: `28 Februari 2025`,
/// `February 28 2025`, `28/02/2025` (day first, as Indonesian and British pages print it, unless
/// the second number cannot be a month) or `2025-02-28` (with a time glued on after a `T`).
fn date_at(tokens: &[&str]) -> Option<(usize, (u32, u32, u32))> {
    let valid = |(y, m, d): (u32, u32, u32)| {
        ((1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
    };
    let number = |t: &str| t.parse::<u32>().ok();
    // A day may carry its English ordinal (`Apr 13th 2024`).
    let day = |t: &str| number(["st", "nd", "rd", "th"].iter().find_map(|o| t.strip_suffix(o)).unwrap_or(t));
    if let [first, second, third, ..] = tokens {
        let named = match (number(first), month_number(first)) {
            (Some(day), _) => month_number(second).zip(number(third)).map(|(m, y)| (y, m, day)),
            (None, Some(month)) => day(second).zip(number(third)).map(|(d, y)| (y, month, d)),
            _ => None,
        };
        if let Some(date) = named.and_then(valid) {
            return Some((3, date));
        }
    }
    // A time glued on with a `T` is read from the same token.
    let (first, taken) = match tokens.first()?.split_once('T') {
        Some((date, _)) => (date, 0),
        None => (tokens[0], 1),
    };
    let parts: Vec<u32> = first.split(['/', '-', '.']).map(number).collect::<Option<_>>()?;
    let date = match parts[..] {
        [y, m, d] if y >= 1000 => (y, m, d),
        [a, b, y] if b > 12 => (y, a, b),
        [d, m, y] => (y, m, d),
        _ => return None,
    };
    valid(date).map(|date| (taken, date))
}

fn parse_time(t: &str) -> Option<(u32, u32)> {
    let t = t.split_once('T').map_or(t, |(_, time)| time);
    let mut parts = t.split([':', '.']);
    let (h, m) = (parts.next()?.parse::<u32>().ok()?, parts.next()?.parse::<u32>().ok()?);
    let seconds = parts.next().map(str::parse::<u32>);
    let fits = matches!(seconds, None | Some(Ok(0..=59))) && parts.next().is_none();
    (h < 24 && m < 60 && fits && t.len() <= 8).then_some((h, m))
}

fn month_number(name: &str) -> Option<u32> {
    let name = name.trim_end_matches('.').to_lowercase();
    const MONTHS: [&[&str]; 12] = [
        &["jan", "januari", "january"],
        &["feb", "februari", "february", "pebruari"],
        &["mar", "maret", "march"],
        &["apr", "april"],
        &["mei", "may"],
        &["jun", "juni", "june"],
        &["jul", "juli", "july"],
        &["agu", "agt", "ags", "agustus", "aug", "august"],
        &["sep", "sept", "september"],
        &["okt", "oktober", "oct", "october"],
        &["nov", "nopember", "november"],
        &["des", "desember", "dec", "december"],
    ];
    MONTHS.iter().position(|names| names.contains(&name.as_str())).map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_indonesian_and_english_become_iso() {
        assert_eq!(parse_date("29 Apr 2025, 08:30").as_deref(), Some("2025-04-29T08:30"));
        assert_eq!(parse_date("Senin, 18 November 2024 – 13:17 WIB").as_deref(), Some("2024-11-18T13:17"));
        assert_eq!(parse_date("26 Juli 2016").as_deref(), Some("2016-07-26"));
        assert_eq!(parse_date("02 - Aug - 2023, 12:07").as_deref(), Some("2023-08-02T12:07"));
        assert_eq!(parse_date("Kamis, 12 Oktober 2017 |10:30 WIB").as_deref(), Some("2017-10-12T10:30"));
        assert_eq!(
            parse_date("4 Februari 2025   09:27 Diperbarui: 4 Februari 2025 10:11 313").as_deref(),
            Some("2025-02-04T09:27")
        );
        assert_eq!(parse_date("32 Juli 2016"), None);
    }

    #[test]
    fn numeric_and_month_first_dates_become_iso() {
        assert_eq!(parse_date("28/02/2025, 19:45 WIB").as_deref(), Some("2025-02-28T19:45"));
        assert_eq!(parse_date("05-03-2025 08:10").as_deref(), Some("2025-03-05T08:10"));
        assert_eq!(parse_date("02/28/2025").as_deref(), Some("2025-02-28"), "a second number over 12 is the day");
        assert_eq!(parse_date("2025-02-28 19:45:00").as_deref(), Some("2025-02-28T19:45"));
        assert_eq!(parse_date("2025-02-28T19:45:00").as_deref(), Some("2025-02-28T19:45"));
        assert_eq!(parse_date("February 28, 2025 | 07:45 pm").as_deref(), Some("2025-02-28T19:45"));
        assert_eq!(parse_date("Published: Feb 3, 2025 12:05 a.m.").as_deref(), Some("2025-02-03T00:05"));
        assert_eq!(parse_date("13/13/2025"), None);
        assert_eq!(parse_date("pukul 19.45"), None);
    }

    #[test]
    fn a_caption_printed_twice_is_kept_once() {
        let twice = "Pemimpin Korea Utara, Kim Jong Un, telah menandatangani. Menurut KCN Pemimpin Korea Utara, Kim Jong Un, telah menandatangani. Menurut KCN";
        assert_eq!(unrepeat(twice), "Pemimpin Korea Utara, Kim Jong Un, telah menandatangani. Menurut KCN");
    }

    #[test]
    fn names_split_on_commas_and_keep_initials() {
        let names: Vec<&str> = split_names("Wahyu Tri Rahmawati, Yoliawan H").collect();
        assert_eq!(names, ["Wahyu Tri Rahmawati", "Yoliawan H"]);
        let names: Vec<&str> = split_names("Clara Maria Tjandra Dewi H.").collect();
        assert_eq!(names, ["Clara Maria Tjandra Dewi H."]);
    }

    #[test]
    fn the_site_around_a_repeated_title_is_found() {
        assert_eq!(site_around_title("Kudakyv – Korea Utara Bantu Rusia", "Korea Utara Bantu Rusia"), Some("Kudakyv"));
        assert_eq!(site_around_title("Korea Utara Bantu Rusia", "Korea Utara"), None);
    }

    #[test]
    fn credits_lose_the_brackets_they_were_printed_in_but_not_a_source_they_name() {
        assert_eq!(tidy_credit("(ANTARA/HO-Satgas COVID-19/pri.)"), "ANTARA/HO-Satgas COVID-19/pri");
        assert_eq!(tidy_credit("[dok. SM Entertainment]"), "dok. SM Entertainment");
        assert_eq!(tidy_credit("Pool (Autoevolution)"), "Pool (Autoevolution)");
        assert_eq!(tidy_credit("ANTARA/Iggoy el Fitra)"), "ANTARA/Iggoy el Fitra");
        assert_eq!(tidy_credit("((Istimewa))"), "Istimewa");
    }
}
