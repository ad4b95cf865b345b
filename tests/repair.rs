//! The repair stage (issue 3): what it fixes, and everything it must leave alone.

use bersih::{Cleaned, Config, Edit, Hunspell, Pipeline, StageConfig};
use std::path::{Path, PathBuf};

/// The repair stage alone, without the system's hunspell dictionary: the tests must not depend
/// on whether the machine has one.
fn repair_only(threshold: f32, lexicon_files: Vec<PathBuf>) -> Pipeline {
    with_hunspell(threshold, lexicon_files, Hunspell::Off)
}

fn with_hunspell(threshold: f32, lexicon_files: Vec<PathBuf>, hunspell: Hunspell) -> Pipeline {
    let stages = vec![StageConfig::Repair { threshold }];
    Pipeline::new(&Config { stages, lexicon_files, hunspell, ..Config::default() }).unwrap()
}

fn clean(text: &str) -> Cleaned {
    repair_only(0.8, Vec::new()).clean_str(text)
}

fn repairs(cleaned: &Cleaned) -> Vec<&Edit> {
    cleaned.edits.iter().filter(|e| e.stage == "repair").collect()
}

/// The (before, after) pairs of the repair edits.
fn pairs(text: &str) -> Vec<(String, String)> {
    repairs(&clean(text)).into_iter().map(|e| (e.before.clone(), e.after.clone())).collect()
}

fn pair(before: &str, after: &str) -> (String, String) {
    (before.to_string(), after.to_string())
}

#[test]
fn a_typo_near_a_frequent_word_is_fixed() {
    assert_eq!(pairs("Dilansir dqari kantor berita itu, pasukan akan dikirim."), [pair("dqari", "dari")]);
}

#[test]
fn the_document_is_the_dictionary() {
    let text = "Korea Utara mengirim pasukan. Korea Utara dan Rusia bersekutu. \
                Korearn Utara dan Rusia telah memperkuat hubungan. Korut dan Rusia. Korut lagi. Pasukan Korut tiba. Rudal Korut diuji. \
                Perjanjian Kout-Rusia ditandatangani. Tentara Korut dan tentara Rusia. Bersama tenara Rusia.";
    let got = pairs(text);
    assert!(got.contains(&pair("Korearn", "Korea")), "{got:?}");
    assert!(got.contains(&pair("Kout", "Korut")), "{got:?}");
    assert!(got.contains(&pair("tenara", "tentara")), "{got:?}");
}

#[test]
fn every_repair_carries_its_confidence_and_runner_up() {
    let cleaned = clean("Dilansir dqari kantor berita itu.");
    let edit = repairs(&cleaned)[0];
    assert!(edit.confidence >= 0.8 && edit.confidence <= 1.0);
    assert!(edit.runner_up.is_some());
    assert_eq!(bersih::replay(&cleaned.input, &cleaned.edits), cleaned.text);
}

#[test]
fn the_threshold_is_respected() {
    let text = "Dilansir dqari kantor berita itu.";
    assert!(repairs(&repair_only(1.01, Vec::new()).clean_str(text)).is_empty());
}

#[test]
fn glued_words_are_split() {
    assert_eq!(pairs("Acara itu digelar pada malam haridan berakhir pagi."), [pair("haridan", "hari dan")]);
}

#[test]
fn reduplication_and_capital_slips() {
    assert_eq!(pairs("\"TIdak harus dari para ahli,\" katanya."), [pair("TIdak", "Tidak")]);
    assert_eq!(pairs("Masukan itu membentuk inovasi-invasi baru."), [pair("inovasi-invasi", "inovasi-inovasi")]);
    assert!(pairs("Harga sayur-mayur naik, warna-warni bendera, bolak-balik ke pasar.").is_empty());
}

#[test]
fn stray_scripts_go_and_legitimate_scripts_stay() {
    assert_eq!(clean("Tentang Tุมภาพันธ์ Korea Utara").text, "Tentang Korea Utara\n");
    assert_eq!(clean("Pasukan dikirim ke Mоskwa kemarin.").text, "Pasukan dikirim ke Moskwa kemarin.\n");
    let hangul = "Pemimpin Korea Utara Kim Jong Un (김정은) berpidato.";
    assert!(repairs(&clean(hangul)).is_empty());
}

#[test]
fn what_is_not_a_typo_stays() {
    let text = "Menurut Gerasimov dan Kudakyv, kalo nggak gimana, analisa sekedar hutang trilyun. \
                KCNA dan DPRK melaporkan 14.000 tentara, lihat https://contoh.id/beritaa atau \
                tulis ke redaksi@contoh.id, #beritaa @redaksii. Kata \"heroik\" dan 'Jungilwoo' \
                serta traffic dan freelancer. Ujang Komarudin dan Ujang Komaruddin.";
    assert_eq!(pairs(text), Vec::<(String, String)>::new());
}

/// A regional government's offices have acronyms one letter apart (`Setda`, its secretariat;
/// `Sekda`, its secretary): a page that names both has no slip to fix.
#[test]
fn a_government_offices_acronym_is_no_slip_of_another() {
    let text = "Bagian Protokol Setda Kota Kupang mengundang wartawan. Sekda Kota Kupang membuka acara itu, \
                didampingi para asisten Sekda.";
    assert_eq!(pairs(text), Vec::<(String, String)>::new());
}

/// A known word with a suffix or clitic after it was written so: a slip rarely types a whole
/// suffix, so the shorter word is not the fix, however frequent it is.
#[test]
fn a_word_and_its_suffix_are_not_a_typo_of_the_word() {
    assert!(pairs("Aku rela belajar keras demi dapati beasiswa itu tahun depan.").is_empty());
    assert_eq!(pairs("Dilansir dqari KCNA, tentara itu pergi."), vec![pair("dqari", "dari")]);
}

/// A Latinate adjective whose noun is a word (`rekreatif`, `rekreasi`) is a word, not a prefix
/// typed before a shorter one (`kreatif`), and so is a short root with a suffix (`makian`); a
/// reduplicated word under a confix
/// (`ketidakhati-hatian`) is whole, not two words glued in its first half.
#[test]
fn derived_and_reduplicated_forms_are_words() {
    assert!(pairs("Mahasiswa juga mengikuti kegiatan yang bersifat rekreatif, kata rektor.").is_empty());
    // A four-letter root with `-an` (`maki`, `makian`) is likely a word: no slip of `makan`.
    assert!(pairs("Banyaknya umpatan dan makian yang penonton kirimkan lewat media sosial.").is_empty());
    assert!(pairs("Warga terhindar dari masalah akibat ketidakhati-hatian dalam berinteraksi.").is_empty());
}

/// Two letters swapped across a third (`berkolerasi` for `berkorelasi`) are one slip, so the
/// word is not "corrected" to a more frequent word two slips away (`beroperasi`).
#[test]
fn a_swap_across_a_letter_is_one_slip() {
    let fixes = pairs("Program ini bisa berkolerasi positif dengan penurunan angka stunting di daerah.");
    assert!(fixes.iter().all(|(_, after)| after != "beroperasi"), "{fixes:?}");
}

/// A word one slip away from a word that may be meant (a doubled letter dropped) is not taken for
/// a commoner word two slips away: `mengagalkan` is never `mengatakan`.
#[test]
fn one_slip_explains_a_word_better_than_two() {
    let fixes = pairs("Polisi berhasil mengagalkan upaya peredaran narkoba jenis sabu di kota itu pada Selasa malam.");
    assert!(fixes.iter().all(|(_, after)| after != "mengatakan"), "{fixes:?}");
    // Nor when the article itself says `mengatakan`, as nearly every news article does.
    let fixes = pairs(
        "Polisi berhasil mengagalkan penyelundupan sabu. Kapolres mengatakan barang bukti diamankan. \
         Ia juga mengatakan kedua pelaku kini ditahan.",
    );
    assert!(fixes.iter().all(|(_, after)| after != "mengatakan"), "{fixes:?}");
    assert_eq!(
        pairs("Petani di desa itu mengeluhkan harga pupuk untuk lahan pertenian mereka."),
        [pair("pertenian", "pertanian")]
    );
}

/// Colloquial verbs drop `me-` and say `e` for the last syllable's `a` (`nyesek` is `menyesak`):
/// an informal word, left alone, not a slip of `nyesel`.
#[test]
fn a_colloquial_form_of_a_known_word_is_no_typo() {
    assert!(pairs("Jujur rasanya nyesek banget waktu dengar kabar itu, kata dia kepada wartawan.").is_empty());
}

/// Informal writing drops the schwa after a word's first consonant (`trampil` for `terampil`):
/// the word is the one with the schwa, not a slip of another word one letter away (`tampil`).
#[test]
fn a_known_word_without_its_first_schwa_is_no_slip_of_another_word() {
    let text = "Para santri dididik agar menjadi pribadi yang berwawasan dan trampil dalam bekerja.";
    let fixes = pairs(text);
    assert!(fixes.iter().all(|(_, after)| after != "tampil"), "{fixes:?}");
}

/// A letter before a word is rarely a slip, even one beside the word's first on the keyboard:
/// Javanese `ewang` (a helper) quoted in an Indonesian post is no slip of `wang` (money).
#[test]
fn a_word_with_a_letter_before_a_known_word_is_no_slip_of_it() {
    let text = "Dengan sombongnya saya bilang \"Gak iso masak gak popo buk, engko golek ewang\". Setelah menikah, saya baru belajar masak.";
    let fixes = pairs(text);
    assert!(fixes.iter().all(|(before, _)| before != "ewang"), "{fixes:?}");
}

/// Nearly every document uses the commonest words (`sangat`): that this one does too is no
/// evidence that a rare word a letter away from one (`sandat`, a tree) is its slip.
#[test]
fn a_rare_word_is_no_slip_of_a_common_word_the_document_also_uses() {
    let text =
        "Hutan itu dipenuhi pohon kapuk, pohon cemara, pohon sandat dan pohon cempaka. Hutan tersebut sangat lebat.";
    let fixes = pairs(text);
    assert!(fixes.iter().all(|(before, _)| before != "sandat"), "{fixes:?}");
}

/// Informal speech says `-in` for `-kan` and `-i` (`nikmatin` is `nikmati`): a colloquial word,
/// not a slip.
#[test]
fn a_colloquial_suffix_on_a_known_word_is_no_typo() {
    assert!(pairs("Ayo nikmatin saja liburan panjang ini bersama keluarga di rumah.").is_empty());
}

/// `ter-` is `te-` before a root that starts with r (`teramai`, the busiest), and Javanese
/// quoted in the news says `-e` for `-nya` (`pokoke`): words, not slips of `ramai` or `pokok`.
#[test]
fn affixed_and_javanese_forms_are_no_typos() {
    assert!(pairs("Anjungan itu menjadi titik teramai dan teraktif dibandingkan anjungan lain di arena.").is_empty());
    assert!(pairs("\"Wes pokoke doa restu untuk keselamatan bangsa ini,\" ujar dia kepada wartawan.").is_empty());
}

/// Words joined at a change of case where a link's spaces were lost are parted when the
/// document writes each part on its own; a brand the document never parts stays whole.
#[test]
fn words_joined_where_a_links_spaces_were_lost_are_parted() {
    let text = "Kasus Jiwasraya kembali disidangkan. Hakim meringankan hukuman terpidana korupsiJiwasraya \
                pada Senin. TNImasih mempertimbangkan langkah hukum, kata juru bicara TNI.";
    let got = pairs(text);
    assert!(got.contains(&pair("korupsiJiwasraya", "korupsi Jiwasraya")), "{got:?}");
    assert!(got.contains(&pair("TNImasih", "TNI masih")), "{got:?}");
    let brands = "Video itu diunggah ke YouTube dan dibagikan lewat WhatsApp, lalu dipesan lewat GrabFood.";
    assert!(pairs(brands).is_empty());
}

/// A name with letters after it is often a word made from it (`Papuan`, a platform called
/// `Indonesiana`), not a slip of the name.
#[test]
fn a_name_with_letters_after_it_is_not_made_the_name() {
    let text = "Warga Papua berkumpul di Jayapura. Mereka membakar kantor Papuan People's Assembly pada Kamis. \
                Papua kembali tenang, kata polisi di Papua.";
    assert!(pairs(text).iter().all(|(before, _)| before != "Papuan"), "{:?}", pairs(text));
}

/// A word drawn out at its end is written so on purpose: neither a slip (`yaaaa`) nor two words
/// glued (`sekaliiii` is not `sekali iii`).
#[test]
fn a_word_drawn_out_is_no_typo() {
    assert!(pairs("Aku senang sekaliiii bisa datang ke acara itu, yaaaa semoga tahun depan lagi.").is_empty());
}

/// A capitalised word between two others is part of a full name: a famous name one slip away
/// (`Obama` for `Obaja`) is no fix unless the document itself spells it so.
#[test]
fn a_name_inside_a_full_name_is_not_made_another_name() {
    assert!(pairs("Kepala dinas itu, Topan Obaja Putra Ginting, diperiksa penyidik pada Kamis.").is_empty());
}

/// So is a capitalised word beside one other: the island `Gili Sunut` is not the province
/// `Sumut` one slip away, unless the document itself writes it so.
#[test]
fn a_name_beside_a_name_is_not_made_another_name() {
    assert!(pairs("Wisatawan menyeberang ke Gili Sunut untuk menyelam pada akhir pekan lalu.").is_empty());
    let pairs = pairs("Gubernur Sumut meninjau lokasi. Ia lalu menuju Gili Sunut dengan perahu bersama warga.");
    assert_eq!(pairs, [pair("Sunut", "Sumut")]);
}

/// A word the document uses only in small letters is no name: a surname one slip from it
/// (`Anam`, `anak`; `Saha`, `saja`) stays as written, however often the document has the word.
/// The same word written as a name in the document is one.
#[test]
fn a_name_is_not_made_a_common_word_of_the_document() {
    let text = "Anak-anak itu bermain bersama anak tetangga. Anggota DPR, Mufti Anam, menyoroti nasib anak \
                jalanan. Ia ingin setiap anak bisa sekolah.";
    assert!(pairs(text).is_empty(), "{:?}", pairs(text));
    let text = "Mufti Anak, anggota DPR, menyoroti nasib anak jalanan. Mufti Anak ingin setiap anak sekolah, \
                kata Mufti Anam kepada wartawan.";
    assert_eq!(pairs(text), [pair("Anam", "Anak")]);
}

/// A link or italics around a name glue it to the next word when the page loses their space
/// (`Inggrisitu`): a name the document writes on its own, then a preposition or conjunction, is
/// parted. A place name ending in a word that is no link word stays whole (`Kotabaru`, beside
/// `Kota Bandung`), and so does a name the document never writes alone.
#[test]
fn a_name_glued_to_a_link_word_is_parted() {
    let text = "Pelatih Inggris memuji pemainnya. Tapi gelandang Timnas Inggrisitu lolos dari kartu merah.";
    assert_eq!(pairs(text), [pair("Inggrisitu", "Inggris itu")]);
    assert!(pairs("Tapi gelandang Timnas Inggrisitu lolos dari kartu merah pada laga semalam.").is_empty());
    let text = "Wali Kota Bandung berkunjung ke Kotabaru untuk meninjau pasar yang baru dibangun warga.";
    assert!(pairs(text).is_empty(), "{:?}", pairs(text));
}

/// A page cut off in the middle of a word (an excerpt, a scrape cut short) ends in part of one:
/// that is no slip to mend (`berde` is not `verde`). The same word with a mark after it is.
#[test]
fn a_word_the_page_was_cut_off_in_is_no_typo() {
    assert!(pairs("Danny mengaku warga Makassar sudah cerdas dalam berde").is_empty());
    assert_eq!(pairs("Warga menunggu di depan kantoor."), [pair("kantoor", "kantor")]);
    assert!(pairs("Warga menunggu di depan kantoor").is_empty());
}

/// News outlets are cited by names that read as two words glued (`jawapos`, `detikfood`): they
/// are names, not lost spaces.
#[test]
fn a_news_outlets_name_is_not_two_glued_words() {
    let text = "Seperti dilansir jawapos dan detikhealth, juga dikutip dari beritasatu pada Senin pagi.";
    assert!(pairs(text).is_empty());
}

/// detik's regional channels are cited in one word with a capital inside (`detikJateng`), even
/// where the region's short name stands on its own too: a name, not two words glued.
#[test]
fn a_news_channels_name_with_a_capital_inside_is_not_two_glued_words() {
    let text = "Polda Jawa Tengah (Jateng) menggelar apel di Simpang Lima, dikutip detikJateng dan detikJatim, Jumat.";
    assert!(pairs(text).is_empty(), "{:?}", pairs(text));
}

/// A letter before a word is seldom a slip and often a prefix written solid (`epaper`, `ektp`):
/// the word without it is no fix.
#[test]
fn a_prefixed_letter_is_not_a_stray_one() {
    let text = "Warga membaca epaper koran Republika melalui perangkat telepon genggam di Jakarta.";
    assert!(pairs(text).is_empty());
}

#[test]
fn a_word_that_repeats_is_no_typo() {
    assert!(pairs("Warga menyebut tenara itu. Lalu tenara itu pergi, kata tentara.").is_empty());
}

#[test]
fn a_user_lexicon_protects_its_words() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("words.txt");
    std::fs::write(&path, "dqari\n").unwrap();
    let cleaned = repair_only(0.8, vec![path]).clean_str("Dilansir dqari kantor berita itu.");
    assert!(repairs(&cleaned).is_empty());
}

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared is absent");
        None
    }
}

fn texts(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn clean_text_gets_no_repair_at_all() {
    let Some(shared) = shared() else { return };
    let pipeline = repair_only(0.8, Vec::new());
    let mut checked = 0;
    for file in texts(&shared.join("gold")).into_iter().chain(texts(&shared.join("dev/gold"))) {
        let cleaned = pipeline.clean(&std::fs::read(&file).unwrap()).unwrap();
        let edits: Vec<(&str, &str)> =
            repairs(&cleaned).iter().map(|e| (e.before.as_str(), e.after.as_str())).collect();
        assert!(edits.is_empty(), "{}: {edits:?}", file.display());
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} gold files found");
}

#[test]
fn the_typos_of_the_raw_files_are_repaired() {
    let Some(shared) = shared() else { return };
    let pipeline = repair_only(0.8, Vec::new());
    let expected = [
        ("seeds/000_36472439b6d589a9.txt", "dqari", "dari"),
        ("seeds/002_f011f847b0c797aa.txt", "Korearn", "Korea"),
        ("seeds/002_f011f847b0c797aa.txt", "penyelemaan", "penyelesaian"),
        ("seeds/002_f011f847b0c797aa.txt", "Tุมภาพันธ์ ", ""),
        ("seeds/004_b14fd4ef2493ac46.txt", "tenara", "tentara"),
        ("seeds/004_b14fd4ef2493ac46.txt", "Ukarina", "Ukraina"),
        ("seeds/004_b14fd4ef2493ac46.txt", "Kout", "Korut"),
        ("dev/raw/001.txt", "TIdak", "Tidak"),
        ("dev/raw/001.txt", "inovasi-invasi", "inovasi-inovasi"),
        ("dev/raw/018.txt", "diluncurkna", "diluncurkan"),
        ("dev/raw/030.txt", "fenoma", "fenomena"),
        ("dev/raw/030.txt", "pembahasanya", "pembahasannya"),
        ("dev/raw/034.txt", "penyeleggaraan", "penyelenggaraan"),
        ("dev/raw/047.txt", "perenonomian", "perekonomian"),
        ("dev/raw/047.txt", "mencapi", "mencapai"),
        ("dev/raw/049.txt", "peseteruan", "perseteruan"),
        ("dev/raw/049.txt", "departeman", "departemen"),
    ];
    for (file, before, after) in expected {
        let cleaned = pipeline.clean(&std::fs::read(shared.join(file)).unwrap()).unwrap();
        let found = repairs(&cleaned).iter().any(|e| e.before == before && e.after == after);
        assert!(found, "{file}: {before} -> {after} not made; repairs: {:?}", repairs(&cleaned));
    }
}

/// A tiny hand-written hunspell dictionary (`tests/hunspell/xx.dic`, `.aff`): a word it accepts,
/// also through an affix rule, is a known word and stays as written.
#[test]
fn a_word_hunspell_accepts_is_never_repaired() {
    let text = "Dilansir dqari kantor berita itu. Pasukan itu tiba dqarinya.";
    let dic = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hunspell/xx.dic");
    let fixed = |hunspell| -> Vec<String> {
        let cleaned = with_hunspell(0.8, Vec::new(), hunspell).clean_str(text);
        repairs(&cleaned).iter().map(|e| e.before.clone()).collect()
    };
    assert_eq!(fixed(Hunspell::Off), ["dqari", "dqarinya"]);
    assert!(fixed(Hunspell::Path(dic)).is_empty());
}

#[test]
fn a_hunspell_dictionary_that_is_not_there_is_an_error() {
    let config = Config { hunspell: Hunspell::Path("/nonexistent/xx.dic".into()), ..Config::default() };
    assert!(matches!(Pipeline::new(&config), Err(bersih::Error::Lexicon { .. })));
}

/// Repair mends Indonesian with Indonesian lists. A page written in Sundanese keeps its words,
/// though some are one slip from an Indonesian word (`kahirupan`, `kandaraan`, `hargana`).
#[test]
fn a_page_in_a_regional_language_keeps_its_words() {
    let page = "Poe kamari urang indit ka pasar bareng jeung indung. Di ditu loba pisan nu dagang sayuran \
                jeung buah-buahan, hargana oge murah.\n\nKahirupan di lembur mah tenang pisan, beda jeung di \
                kota anu rame ku kandaraan. Unggal isuk urang ngadenge sora hayam jeung manuk.\n\nSanggeus \
                balik ka imah, indung masak sayur asem pikeun dahar peuting. Urang mantuan meresihan dapur, \
                tuluy diuk di tengah imah bari ngobrol.\n";
    assert_eq!(pairs(page), []);
}

/// A paragraph in Javanese quoted in an Indonesian article keeps its words (`digawa` is not
/// `dibawa`), while a slip in the article's own paragraphs is still mended.
#[test]
fn a_quote_in_a_regional_language_keeps_its_words_and_the_article_is_mended() {
    let page = "Warga Desa Sukamaju menggelar kerja bakti membersihkan saluran irigasi pada Minggu pagi, kata \
                kepala desa kepada wartawna di balai desa.\n\nKegiatan itu diikuti sekitar dua ratus warga dari \
                lima dusun, dan berlansgung hingga siang hari sebelum hujan turun.\n\n\"Sawise rampung kerja \
                bakti, warga padha ngumpul ana ing omahe pak lurah kanggo slametan. Sega lan lawuh sing digawa \
                saka omah dipangan bareng karo tangga teparo,\" ujar Suparman, salah satu warga.\n";
    assert_eq!(pairs(page), [pair("wartawna", "wartawan"), pair("berlansgung", "berlangsung")]);
}

/// A function word stands beside nearly every word, so the document's `yang dilakukan` is no
/// evidence that `royang dilakukan` is a slip of `yang`: two letters added before a short word
/// stay as written.
#[test]
fn a_pair_with_a_function_word_is_no_evidence() {
    let page = "Kerja bakti yang dilakukan warga setiap pekan membuat saluran air di kampung itu bersih, kata \
                ketua RT.\n\nMenurut dia, gotong royang dilakukan sejak lama dan menjadi kebiasaan yang \
                dilakukan turun-temurun oleh warga kampung.\n";
    assert_eq!(pairs(page), []);
}

/// A word alone in brackets after a caption or a paragraph is a credit or a newsroom's code
/// (`(wartakota)`, a site's name run together), not prose: it is not parted into words.
#[test]
fn a_word_alone_in_brackets_is_a_credit_and_stays() {
    let page = "Suasana pasar yang ramai pembeli menjelang Lebaran di pusat kota, Jumat pagi. (wartakota)\n";
    assert_eq!(pairs(page), []);
}

/// A name the document repeats, with `di` glued to it once: the space is missing, no letters
/// are wrong, so the word stays and gets its space back.
#[test]
fn a_function_word_glued_to_a_name_is_split_off_not_dropped() {
    let text = "Gunung Semerudi Kabupaten Lumajang kembali mengalami erupsi pada pagi hari. \
                Status Gunung Semeru masih waspada. Pos Pengamatan Gunung Semeru mencatat gempa. \
                Warga di sekitar Semeru diminta menjauhi sungai.";
    assert_eq!(pairs(text), [pair("Semerudi", "Semeru di")]);
}

/// Malay shares nearly all its words with Indonesian, but not its own (`iaitu`, `kesihatan`,
/// `antarabangsa`): a page written in it keeps its spellings, which are not slips.
#[test]
fn a_malay_page_keeps_its_spellings() {
    let malay = "Kementerian Kesihatan memaklumkan bahawa program itu akan dilaksanakan di seluruh negeri. \
                 Beliau berkata kerjasama antarabangsa sangat penting bagi kesihatan awam, iaitu \
                 melalui perkongsian maklumat dan latihan kakitangan. Program sastera dan budaya \
                 juga dirancang sempena sambutan itu.";
    assert_eq!(pairs(malay), []);
    // An Indonesian page with the odd Malay loan in it is still mended.
    let indonesian = "Pemerintah kabupaten membangun tandas umum di pasar tradisional. Kepala dinas \
                      mengatakan pembangnan itu selesai bulan depan dan warga bisa memakainya.";
    assert_eq!(pairs(indonesian), [pair("pembangnan", "pembangunan")]);
}

/// A space typed one letter off leaves two broken words; moving the letter back mends both,
/// where mending the first alone (`pemeliharaan ndan`) would leave the second broken.
#[test]
fn a_space_typed_one_letter_off_is_moved_back() {
    assert_eq!(
        pairs("Kapal itu berdiam di pelabuhan sambil melakukan pemeliharaa ndan perbaikan kecil."),
        [pair("pemeliharaa ndan", "pemeliharaan dan")]
    );
}

/// `-nya`, `-ku`, `-lah` are written solid with their word: no repair splits one off as a word
/// of its own (`binaaannya` is not `binatang nya`).
#[test]
fn no_repair_leaves_a_clitic_standing_alone() {
    let text = "Babinsa melaksanakan pendampingan pembangunan di wilayah desa binaaannya. Disamping itu \
                warga senang dengan mendapatkannnya bantuan.";
    for (_, after) in pairs(text) {
        assert!(!after.split(' ').any(|w| ["nya", "ku", "mu", "lah", "kah"].contains(&w)), "{after}");
    }
}

/// A two-letter acronym glued to the word after it, where a link's spaces were lost, is parted
/// like a longer one (`TNImasih`): its capitals tell it from a brand's prefix (`eKTP`).
#[test]
fn a_two_letter_acronym_glued_to_a_word_is_parted() {
    let text = "Bioskop Trans TVmalam ini menayangkan film laga. Stasiun TV itu juga menayangkan berita.";
    assert_eq!(pairs(text), [pair("TVmalam", "TV malam")]);
}

/// Two words joined at a change of case are parted whatever mark follows them (`dariAntara,`).
#[test]
fn words_joined_at_a_change_of_case_are_parted_before_a_comma() {
    let text = "Mengutip dariAntara, jejak awal tanda tangan sudah ada sejak 3000 SM. Kantor berita Antara \
                melaporkan hal itu.";
    assert_eq!(pairs(text), [pair("dariAntara", "dari Antara")]);
}

/// A link's text that lost its spaces on both sides of an acronym (`anggotaDPRDdikaji`) is three
/// words, parted when the document writes the acronym on its own.
#[test]
fn an_acronym_glued_between_two_words_is_parted_from_both() {
    let text = "Tunjangan perumahan yang diterima anggotaDPRDdikaji ulang. Tunjangan anggota DPRD di Jawa \
                paling besar, kata menteri.";
    assert_eq!(pairs(text), [pair("anggotaDPRDdikaji", "anggota DPRD dikaji")]);
}

/// Indonesian spells no word with an accented letter: a short line of French (a blog's motto)
/// keeps its words, though `dessus` is one slip from `desus`. One `café` in an Indonesian
/// paragraph does not make it French: its slips are still mended.
#[test]
fn a_line_with_accented_words_is_another_languages() {
    assert_eq!(pairs("Catatan harian.\n\nLes pèlerins au-dessus des nuages"), []);
    assert_eq!(
        pairs("Kami minum kopi di café itu dqari pagi sambil menunggu hujan reda di luar gedung."),
        [pair("dqari", "dari")]
    );
}
