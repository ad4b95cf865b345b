//! Indonesian morphology, enough to know that an affixed form of a known word is a word
//! (`tawarnya`, `menandatanganinya`, `diperhentikan`) instead of flagging it as a typo.
//!
//! A form is accepted when stripping clitics (`-nya`, `-ku`, `-mu`, `-lah`, `-kah`, `-pun`,
//! `-tah`) leaves a known word, or when a productive prefix (with meN-'s sound changes), an
//! optional suffix (`-kan`, `-i`, `-an`) or a confix leaves a known root of four letters or more.
//! Analyses that the language does not make are refused, so that a typo does not pass as an
//! affixed word: `pembahasanya` is not `peN-` + `bahasa` + `-nya` (peN- alone does not make new
//! words), and `peseteruan` is not `pe-` + `seteru` + `-an` (pe- stands only before l, m, n, r,
//! w, y: before s it is `peny-`).

const CLITICS: [&str; 7] = ["nya", "ku", "mu", "lah", "kah", "pun", "tah"];
const SUFFIXES: [&str; 4] = ["", "kan", "i", "an"];
/// Informal speech says `-in` for `-kan` and `-i` (`nikmatin`, `beliin`), and Javanese quoted
/// in Indonesian news its `-e`/`-ne` for `-nya` (`pokoke`, `bukune`): such a word is more likely
/// real than a typo, but typos pass through them too, so it is only plausible.
const COLLOQUIAL_SUFFIXES: [&str; 3] = ["in", "e", "ne"];
const MIN_ROOT: usize = 4;

/// True when `word` (lower case) is an affixed form of a word that `known` accepts.
pub fn accepts(word: &str, known: &dyn Fn(&str) -> bool) -> bool {
    analyse(word, known, false)
}

/// True when `word` may be an affixed form, counting also the analyses that `accepts` refuses
/// because typos pass through them (peN- alone: `pengakses`, `pembahasa-nya`). Such a word is
/// repaired only for the cheapest slips.
pub fn plausible(word: &str, known: &dyn Fn(&str) -> bool) -> bool {
    analyse(word, known, true)
}

/// Whether `word` is a clitic that is only ever written solid with its word (`-nya`, `-ku`,
/// `-lah`): `pun` is one too, but stands apart after some words (`apa pun`).
pub fn is_bound_clitic(word: &str) -> bool {
    word != "pun" && CLITICS.contains(&word)
}

/// Whether `word` is `fix` with a suffix or a clitic after it (`dapati` is `dapat` + `-i`,
/// `rumahku` is `rumah` + `-ku`): dropping it would undo what was written on purpose, however
/// likely the shorter word is, since a slip of the keyboard rarely types a whole suffix.
pub fn adds_to(word: &str, fix: &str) -> bool {
    word.strip_prefix(fix).is_some_and(|rest| !rest.is_empty() && (SUFFIXES.contains(&rest) || CLITICS.contains(&rest)))
}

/// Bound forms that Indonesian writes solid with the word they modify (`purnatugas`,
/// `pascasarjana`, `antarnegara`): such a compound is a word, not two words glued.
const BOUND_FORMS: [&str; 30] = [
    "purna", "pasca", "antar", "pra", "tuna", "swa", "maha", "non", "sub", "multi", "semi", "ultra", "anti", "ekstra",
    "infra", "inter", "intra", "pan", "dwi", "tri", "eka", "serba", "adi", "awa", "nir", "sapta", "dasa", "panca",
    "catur", "pro",
];

fn analyse(word: &str, known: &dyn Fn(&str) -> bool, lenient: bool) -> bool {
    for bound in BOUND_FORMS {
        if let Some(rest) = word.strip_prefix(bound) {
            if rest.len() >= MIN_ROOT && (known(rest) || derived(rest, known, lenient)) {
                return true;
            }
        }
    }
    if !word.is_ascii() {
        return false;
    }
    // Clitics stack at most twice (`-nyalah`, `-kanlah` is a suffix then a clitic).
    for clitic in CLITICS {
        if let Some(rest) = word.strip_suffix(clitic) {
            if rest.len() >= 3 && (known(rest) || derived(rest, known, lenient)) {
                return true;
            }
            for inner in CLITICS {
                if let Some(rest) = rest.strip_suffix(inner) {
                    if rest.len() >= 3 && (known(rest) || derived(rest, known, lenient)) {
                        return true;
                    }
                }
            }
        }
    }
    derived(word, known, lenient)
}

/// Latinate words come into Indonesian in families whose endings alternate (`kreasi`, `kreatif`;
/// `produktif`, `produktivitas`; `digital`, `digitalisasi`): one member listed makes another a
/// word, where a typo would not end in such a suffix. (ending of the word, ending of its kin)
const LATINATE: [(&str, &str); 6] =
    [("atif", "asi"), ("itif", "isi"), ("utif", "usi"), ("ivitas", "if"), ("isasi", ""), ("itas", "")];

/// The kin a Latinate word has to be listed with, of five letters or more.
fn latinate_kin(word: &str, known: &dyn Fn(&str) -> bool) -> bool {
    LATINATE.iter().any(|(ending, kin)| {
        word.strip_suffix(ending).is_some_and(|stem| stem.len() + kin.len() >= 5 && known(&format!("{stem}{kin}")))
    })
}

/// Prefix + root + suffix, or a confix, with the root known.
fn derived(word: &str, known: &dyn Fn(&str) -> bool, lenient: bool) -> bool {
    if latinate_kin(word, known) {
        return true;
    }
    let colloquial = if lenient { &COLLOQUIAL_SUFFIXES[..] } else { &[] };
    for suffix in SUFFIXES.into_iter().chain(colloquial.iter().copied()) {
        let Some(stem) = word.strip_suffix(suffix) else { continue };
        if stem.len() < MIN_ROOT {
            continue;
        }
        // A bare suffix on a known root (`pukulan`, `bacakan`): such forms are only accepted
        // with -an or -kan on roots of five letters or more, as short roots make too many
        // typos look like words; on a root of four they are plausible (`makian`, `maki` +
        // `-an`, is no slip of `makan`).
        if matches!(suffix, "an" | "kan") && (stem.len() >= 5 || lenient) && known(stem) {
            return true;
        }
        if COLLOQUIAL_SUFFIXES.contains(&suffix) && known(stem) {
            return true;
        }
        for root in prefixed_roots(stem, suffix, lenient) {
            if root.len() >= MIN_ROOT && known(&root) {
                return true;
            }
            // Stacked prefixes: memper-, diper-, ber-ke-, ter-ke-, se-ke-.
            for inner in ["per", "ke", "se"] {
                if let Some(r) = root.strip_prefix(inner) {
                    if r.len() >= MIN_ROOT && known(r) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// The roots `stem` may have under each productive prefix. `suffix` is the suffix already
/// stripped: peN-, pe- and per- make new words only as confixes with `-an`, ke- only with `-an`.
fn prefixed_roots(stem: &str, suffix: &str, lenient: bool) -> Vec<String> {
    let mut roots = Vec::new();
    let confix = suffix == "an" || lenient;
    let mut push = |s: &str| roots.push(s.to_string());
    for simple in ["di", "ter", "ber", "se", "memper", "diper"] {
        if let Some(r) = stem.strip_prefix(simple) {
            push(r);
        }
    }
    // ber- is be- before r and in `bekerja`, bel- in `belajar`; ter- is te- before r
    // (`teramai`, `terasa`).
    if let Some(r) = stem.strip_prefix("be") {
        if r.starts_with('r') || r.starts_with("kerja") {
            push(r);
        }
    }
    if let Some(r) = stem.strip_prefix("te") {
        if r.starts_with('r') {
            push(r);
        }
    }
    for irregular in ["bel", "pel"] {
        if let Some(r) = stem.strip_prefix(irregular) {
            if r.starts_with("ajar") {
                push(r);
            }
        }
    }
    // pe- alone makes the doer of a sport or craft from a noun (`petinju`, `pegolf`,
    // `pebulutangkis`, `pesepakbola`): only on roots of five letters or more, where a dropped
    // nasal (`pebahasan`) is rarer than such a word.
    if suffix.is_empty() {
        if let Some(r) = stem.strip_prefix("pe") {
            if r.len() >= 5 && !r.starts_with(['m', 'n', 'r']) {
                push(r);
            }
        }
    }
    if confix {
        if let Some(r) = stem.strip_prefix("ke") {
            push(r);
        }
        if let Some(r) = stem.strip_prefix("per") {
            push(r);
        }
    }
    if lenient {
        // Colloquial verbs take the nasal without me- (`ngaca` for `berkaca`, `nyesek`): in
        // informal writing such a word is more likely real than a typo. Colloquial speech also
        // says `e` for the `a` of a closed last syllable (`nyesek` for `menyesak`, `ngedepet`).
        for root in nasal_roots(stem) {
            roots.extend(colloquial_vowel(&root));
            roots.push(root);
        }
    }
    for (nasal, pe) in [("me", false), ("pe", true)] {
        if pe && !confix {
            continue;
        }
        let Some(rest) = stem.strip_prefix(nasal) else { continue };
        // Before a root that opens with a nasal meN- is me- (`memakmurkan`, `menilai`,
        // `menyanyi`): the root keeps its first sound, which `nasal_roots` reads as the nasal.
        if rest.starts_with(['m', 'n']) {
            roots.push(rest.to_string());
        }
        roots.extend(nasal_roots(rest));
    }
    roots
}

/// `root` with the `e` of its closed last syllable said as the standard `a` (`sesek` -> `sesak`,
/// `dapet` -> `dapat`), when it has one.
fn colloquial_vowel(root: &str) -> Option<String> {
    let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
    let last = root.bytes().rposition(vowel)?;
    (root.as_bytes()[last] == b'e' && last + 1 < root.len()).then(|| format!("{}a{}", &root[..last], &root[last + 1..]))
}

/// The roots of a meN-/peN- form, after `me`/`pe`: the nasal that was added and the first sound
/// of the root it may have replaced.
fn nasal_roots(rest: &str) -> Vec<String> {
    let mut out = Vec::new();
    let vowel = |s: &str| s.starts_with(['a', 'e', 'i', 'o', 'u']);
    if let Some(r) = rest.strip_prefix("ng") {
        if r.starts_with(['g', 'h', 'k']) || vowel(r) {
            out.push(r.to_string());
        }
        if vowel(r) {
            out.push(format!("k{r}"));
        }
        if let Some(r) = r.strip_prefix('e') {
            // menge- before a one-syllable root: `mengebom`.
            out.push(r.to_string());
        }
    } else if let Some(r) = rest.strip_prefix("ny") {
        if vowel(r) {
            out.push(format!("s{r}"));
        }
    } else if let Some(r) = rest.strip_prefix('m') {
        if r.starts_with(['b', 'f', 'v', 'p']) {
            out.push(r.to_string());
        }
        if vowel(r) {
            out.push(format!("p{r}"));
        }
    } else if let Some(r) = rest.strip_prefix('n') {
        if r.starts_with(['c', 'd', 'j', 't', 'z', 's']) {
            out.push(r.to_string());
        }
        if vowel(r) {
            out.push(format!("t{r}"));
        }
    } else if rest.starts_with(['l', 'm', 'n', 'r', 'w', 'y']) {
        out.push(rest.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(w: &str) -> bool {
        [
            "tawar",
            "tanda",
            "tangan",
            "tandatangan",
            "henti",
            "luncur",
            "tulis",
            "sapu",
            "pukul",
            "kirim",
            "bahasa",
            "seteru",
            "ajar",
            "dalam",
            "hasil",
            "tinju",
            "sepakbola",
        ]
        .contains(&w)
    }

    #[test]
    fn affixed_forms_of_known_words_are_words() {
        for w in [
            "tawarnya",
            "menandatanganinya",
            "diperhentikan",
            "diluncurkan",
            "menulis",
            "menyapu",
            "memukul",
            "mengirimkan",
            "belajar",
            "pelajaran",
            "penulisan",
            "kedalaman",
            "dihasilkannya",
        ] {
            assert!(accepts(w, &known), "{w}");
        }
    }

    #[test]
    fn a_latinate_word_is_a_word_when_its_kin_is_listed() {
        let known = |w: &str| ["rekreasi", "kompetisi", "eksekusi", "produktif", "digital", "formal"].contains(&w);
        for w in ["rekreatif", "kompetitif", "eksekutif", "produktivitas", "digitalisasi", "formalitas", "rekreatifnya"]
        {
            assert!(accepts(w, &known), "{w}");
        }
        // The ending alone makes no word, nor does a kin too short to be one.
        for w in ["rekreatip", "kreatif", "asitif", "alitas"] {
            assert!(!accepts(w, &known), "{w}");
        }
    }

    #[test]
    fn pe_alone_makes_the_doer_of_a_sport_from_a_long_noun() {
        assert!(accepts("petinju", &known) && accepts("pesepakbola", &known));
        // Not from short roots, nor where a nasal was dropped before a confix.
        assert!(!accepts("pesapu", &known) && !accepts("pebahasan", &known));
    }

    #[test]
    fn colloquial_nasal_forms_are_plausible_with_the_colloquial_vowel() {
        let known = |w: &str| ["sesak", "tulis"].contains(&w);
        // `nyesek` is `menyesak` said informally; `nulis` is `menulis`.
        assert!(plausible("nyesek", &known) && plausible("nulis", &known));
        assert!(!accepts("nyesek", &known));
        // The vowel alone is no colloquial form: `sesek` may be a typo of `sesak`.
        assert!(!plausible("sesek", &known));
    }

    #[test]
    fn the_colloquial_suffix_in_is_plausible_but_not_accepted() {
        let known = |w: &str| ["nikmat", "kirim", "tulis"].contains(&w);
        // `nikmatin` is `nikmati` said informally; `dikirimin` is `dikirimi`.
        for w in ["nikmatin", "dikirimin", "nulisin"] {
            assert!(plausible(w, &known) && !accepts(w, &known), "{w}");
        }
        assert!(!plausible("nikmatun", &known));
        // Javanese `pokoke` is `pokok` + `-e`.
        let known = |w: &str| w == "pokok";
        assert!(plausible("pokoke", &known) && !accepts("pokoke", &known));
    }

    #[test]
    fn men_is_me_before_a_root_that_opens_with_a_nasal() {
        let known = |w: &str| ["manusia", "makmur", "nilai", "nyanyi", "tilai"].contains(&w);
        for w in ["memanusiakan", "memakmurkan", "menilai", "menyanyikan", "kemakmuran"] {
            assert!(accepts(w, &known), "{w}");
        }
        // The nasal still replaces the root's first sound only where the language does.
        assert!(!accepts("menanusiakan", &known));
    }

    #[test]
    fn ter_is_te_before_r() {
        let known = |w: &str| w == "ramai";
        assert!(accepts("teramai", &known));
        assert!(!accepts("teamai", &known));
    }

    #[test]
    fn pen_alone_is_plausible_but_not_accepted() {
        assert!(plausible("pembahasanya", &known) && !accepts("pembahasanya", &known));
        assert!(!plausible("peseteruan", &known));
    }

    #[test]
    fn typos_do_not_pass_as_affixed_forms() {
        for w in ["pembahasanya", "peseteruan", "diluncurkna", "pembahasa", "tawarnyx"] {
            assert!(!accepts(w, &known), "{w}");
        }
    }
}
