//! One test per bug that fuzzing or the property tests found, named after what was found. Each
//! input is the minimal one found (or the shortest realistic form of it); each test checks the
//! output is valid, the log replays, and cleaning again changes nothing.

mod robust;

use robust::{clean_and_check, idempotence_violation};

/// Cleans `input` and checks everything; returns the output.
fn clean(input: &str) -> String {
    let out = clean_and_check(input.as_bytes()).unwrap_or_else(|why| panic!("{input:?}: {why}"));
    if let Some(why) = idempotence_violation(&out) {
        panic!("{input:?}: {why}");
    }
    out
}

const BODY: &str = "Pemerintah daerah menyatakan bahwa bantuan bagi warga desa yang terdampak banjir akan \
                    terus disalurkan selama musim hujan tahun ini.";

// Found by the `pipeline` fuzz target: a damaged seed article whose body had one double space
// after a sentence, on a line that was not a flattened page.
#[test]
fn fuzz_pipeline_a_lone_double_space_after_a_sentence_left_a_run_of_spaces() {
    let out = clean(&format!("Judul Berita\n\n{BODY}  Menurut laporan itu, bantuan cukup.\n"));
    assert!(out.contains("tahun ini. Menurut laporan"), "{out}");
    let flattened = format!("{BODY}  Jumat lalu bank meminta suspensi.  {BODY}  dan lagi.");
    assert!(!clean(&flattened).contains("  "));
}

// Found by the idempotence property: what a dateline left was removed only by a second run.
#[test]
fn idempotence_a_dateline_followed_only_by_punctuation_left_a_lone_punctuation_line() {
    assert_eq!(clean("Jakarta (ANTARA) -. "), "");
}

#[test]
fn idempotence_a_dateline_glued_to_a_share_widget_left_the_widget() {
    assert_eq!(clean("Jakarta (ANTARA) -Bagikan "), "");
    assert_eq!(clean("Jakarta (ANTARA) -Editor "), "");
}

#[test]
fn idempotence_a_repeated_dateline_was_removed_one_copy_per_run() {
    let out = clean(&format!("Jakarta (ANTARA) -Jakarta (ANTARA) - {BODY}"));
    assert!(out.starts_with("Pemerintah daerah"), "{out}");
    let out = clean(&format!("Jakarta (ANTARA) -\nJakarta (ANTARA) - {BODY}"));
    assert!(out.starts_with("Pemerintah daerah"), "{out}");
    let out = clean(&format!("Jakarta (ANTARA) -.Jakarta (ANTARA) - {BODY}"));
    assert!(out.starts_with("Pemerintah daerah"), "{out}");
}

#[test]
fn idempotence_dateline_only_blocks_moved_the_dateline_window() {
    clean("Presiden(REUTERS/KCNA)\nkata\nâ€\nJakarta (ANTARA) -\nJakarta (ANTARA) -");
}

// The lost-byte rule saw `Â` before a space only once normalize had made one.
#[test]
fn idempotence_a_stray_a_circumflex_before_an_nbsp_entity_tag_tab_or_zero_width_space() {
    for input in ["Â&nbsp;", "Â<br>", "kataÂ\tkata", "kataÂ\u{200b} ", "harga:Â&#160;Rp5.000"] {
        assert!(!clean(input).contains('Â'), "{input:?}");
    }
}

// A control character inside a mojibake sequence hid it until normalize removed the control.
#[test]
fn idempotence_a_control_character_inside_mojibake_hid_it() {
    assert_eq!(clean("â€\u{7}œbaruâ€\u{200b}\u{9d} kata dia."), "\"baru\" kata dia.\n");
}

// Punctuation spacing shortened a line into one that C001 removes as lone punctuation.
#[test]
fn idempotence_lone_punctuation_lines_counted_spaces_and_length() {
    assert_eq!(clean(". 🀀 , "), "");
    assert_eq!(clean(".,..,<p>kata"), "kata\n");
}

// Found by the idempotence property on a damaged page: a caption printed three times made most of
// the page's words captions, so the page was taken for a gallery and its captions kept; dedupe
// then left one copy, and cleaning again removed it.
#[test]
fn idempotence_copies_of_a_caption_made_a_page_a_gallery_until_dedupe_removed_them() {
    let caption = "Gunung Marapi menyemburkan abu setinggi dua kilometer pada Minggu sore. (ANTARA/Iggoy el Fitra)";
    let out = clean(&format!(
        "Gunung Marapi Kembali Erupsi\n\n{caption}\n\nGunung Marapi di Sumatera Barat kembali erupsi pada \
         Minggu sore dan abu vulkanik terlihat dari Kota Bukittinggi.\n\n{caption}\n\nStatus gunung \
         masih Waspada dan warga dilarang mendekat dalam radius tiga kilometer dari kawah.\n\n{caption}"
    ));
    assert!(!out.contains("(ANTARA/Iggoy el Fitra)"), "{out}");
    assert!(out.contains("dari kawah."), "{out}");
}

// Found by the idempotence property: a stage after boilerplate (repair dropping a stray script
// from a word, punctuation removing a space) turned a paragraph into what a boilerplate rule
// removes, and only cleaning again removed it.
#[test]
fn idempotence_a_repair_turned_a_paragraph_into_a_comment_footer() {
    let out = clean(&format!("{BODY}\n\nPosting Komภาษาไทยentar\n"));
    assert_eq!(out, format!("{BODY}\n"));
}

#[test]
fn idempotence_a_repair_left_a_line_of_lone_punctuation() {
    assert_eq!(clean(&format!("{BODY}\n\nภาษาไทยc;\n")), format!("{BODY}\n"));
    assert_eq!(clean("*한국어.Â?"), "");
}

/// Two paragraphs of a match report, for pages whose zones the tests move.
const MATCH_REPORT: &str = "Timnas Indonesia menang 1-0 atas Vietnam dalam laga kualifikasi yang digelar di \
                            Stadion Utama Gelora Bung Karno, Kamis malam.";
const MATCH_GOAL: &str = "Gol tunggal dicetak pada menit ke-52 lewat sundulan kepala setelah menerima umpan \
                          silang dari sisi kanan.";

// Found by the idempotence property on damaged pages: boilerplate judges a page before dedupe
// removes its copies, and a copy after the body kept the body's end, and so the zone of the
// headlines after it, further down than cleaning again finds it.
#[test]
fn idempotence_a_copy_of_a_paragraph_after_the_headlines_hid_them_from_the_tail() {
    let (p1, p2) = (MATCH_REPORT, MATCH_GOAL);
    let out =
        clean(&format!("Timnas Indonesia Menang Tipis atas Vietnam\n\n{p1}\n\n{p2}\n\nJadwal Lengkap Kualifikasi Piala Dunia\n\n{p2}\n"));
    assert!(out.ends_with(&format!("{p2}\n")), "{out}");
}

// A flattened page printed twice: punctuation split `rusak.,Ketentuan` into paragraphs after
// dedupe had looked, and one of them was a copy only cleaning again removed.
#[test]
fn idempotence_a_paragraph_split_after_dedupe_was_a_copy() {
    let half = "pemerintah daerah (pemda) diminta menyiapkan anggaran tambahan untuk perbaikan jalan rusak.,\
                Ketentuan tersebut tercantum dalam surat edaran menteri yang terbit pekan lalu. Surat itu \
                dikirim ke selulisasi anggaran setiap bulan.";
    let out = clean(&format!(" , {half}  e{}  ", &half[1..]));
    assert!(out.starts_with("Ketentuan tersebut"), "{out}");
}

// Found by the idempotence property on a damaged page: a short paragraph after a comment-form
// footer went with the footer, and the body's end moved up; a headline that had stood inside
// the body was then in the tail, where only cleaning again removed it.
#[test]
fn idempotence_a_footer_that_took_the_last_prose_moved_the_tail_over_a_headline() {
    let (p1, p2) = (MATCH_REPORT, MATCH_GOAL);
    let title = "Timnas Indonesia Menang Tipis atas Vietnam";
    let out =
        clean(&format!("{title}\n\n{p1}\n\nJadwal Lengkap Kualifikasi Piala Dunia\n\nPosting Komentar\n\n{p2}\n"));
    assert_eq!(out, format!("{title}\n\n{p1}\n"));
}

// Found by the idempotence property on a damaged page printed twice: the dateline opening the
// body was removed, and cleaning again found the second copy's dateline, glued after a teaser.
#[test]
fn idempotence_a_second_dateline_below_the_first_was_removed_only_by_a_second_run() {
    let teaser = "Inflasi terutama didorong kenaikan harga pangan menjelang Ramadhan, teruta";
    let out = clean(&format!("Jakarta (ANTARA) - {BODY}\n\n{teaser}Jakarta (ANTARA) - ma beras dan cabai merah.\n"));
    assert!(out.starts_with("Pemerintah daerah"), "{out}");
    assert!(!out.contains("(ANTARA)"), "{out}");
}

// Found by the arbitrary-bytes property (a panic): two tokens of another script, each with one
// stray Latin letter, stood side by side; repair removed each with one space and both took the
// space between them.
#[test]
fn property_two_residue_tokens_side_by_side_took_the_same_space() {
    assert_eq!(clean("Kata dia еврвЙN0'В цзuЇ"), "Kata dia\n");
    let bytes = [213, 210, 224, 210, 185, 78, 48, 39, 178, 160, 230, 215, 117, 25, 167, 20, 11, 173];
    let out = clean_and_check(&bytes).unwrap_or_else(|why| panic!("{why}"));
    assert_eq!(idempotence_violation(&out), None);
}

// Found by the idempotence properties: a later stage exposed work to a stage that had already
// run. Removing a control character inside `&amp;` made the entity; boilerplate removing `(ant)`
// left a lost-byte `Â` at the paragraph's end; repair dropping a stray script glued a colon to
// the next word.
#[test]
fn idempotence_a_control_character_inside_an_entity_hid_it() {
    assert_eq!(clean("Banjir &am\u{7f}p; longsor melanda desa itu."), "Banjir & longsor melanda desa itu.\n");
}

#[test]
fn idempotence_a_removed_credit_left_a_lost_byte_at_the_paragraph_end() {
    assert_eq!(clean("Harga naik kataÂ\u{200b}(ant)"), "Harga naik kata\n");
}

#[test]
fn idempotence_a_repair_glued_a_colon_to_the_next_word() {
    assert_eq!(clean("Menurut dia:ภาษาไทยHarga naik."), "Menurut dia: Harga naik.\n");
}

// Found by the idempotence properties: a stage after boilerplate changed a paragraph so that a
// marker or a dateline stood whole in it, which only cleaning again removed.
#[test]
fn idempotence_a_repair_made_an_ad_marker_whole() {
    let body = "Stocks rose on Thursday after new figures showed inflation cooling faster than \
                economists had expected.";
    let out =
        clean(&format!("{body}\n\nADVERTISEMEN한국어T Read more: Central bank holds rates steady for a third month\n"));
    assert_eq!(out, format!("{body}\n"));
}

#[test]
fn idempotence_a_dateline_stood_in_a_paragraph_a_later_stage_changed() {
    let out = clean(
        "\u{3000}/ <b>ＡＢ'\u{3000}12,5\n\n\n\n\u{200b}x\u{7f}\te(https://a.id/x\n \n   \n\n\n\n\n\
                     한국어”Ã©\rJakarta (ANTARA) -n‘[{yang,𣍳KCNA<b>한국어1.000\"’",
    );
    assert!(!out.contains("(ANTARA)"), "{out}");
    let out = clean(
        "\u{ef}H`\u{85}&amp;>\u{200b}Bagikan \nBagikan<p>Hp[â€œ;\n \nﬁ\u{feff}\n-\u{2009}Kompas.com\u{202e}\
                     kataȺ(.Penulis\u{ad}  \"https://a.id/x \n\u{2028}\n\n\n.",
    );
    assert!(!out.contains("- Kompas.com"), "{out}");
}

// Found by the idempotence property on a damaged page: a copy of the first paragraph glued to
// the end of the dateline (`TARA) - <paragraph>`) read as the title with the site's name only once
// the dateline was gone from the first paragraph, so only cleaning again removed it.
#[test]
fn idempotence_a_copy_with_a_site_name_showed_only_once_the_dateline_went() {
    let first = "Badan Pusat Statistik mencatat inflasi tahuntama didorong kenaikan harga pangan menjelang \
                 Ramadhan, terutama beras dan cabai merah.";
    let out = clean(&format!(
        "EditorJakarta (ANTARA) - {first}\nTARA) - {first}\n\nBaca juga: BPS catat neraca perdagangan surplus\n\n\
         Pemerintah menargetkan inflasi tetap di kisaran 1,5 hingga 3,5 persen hingga akhir tahun (RPJMN).\
         Pewarta: Sinta DewiEditor: A. Rahman\t\t\tCOPYRIGHT © ANTARA 2024\n"
    ));
    assert!(!out.contains("TARA)"), "{out}");
}

// Found by the damaged-pages property at 20000 cases: the dateline made the first paragraph
// read as furniture, so the page had no body and no tail while it was judged; without the
// dateline, cleaning again found the headline after the body and removed it.
#[test]
fn idempotence_the_dateline_hid_the_body_it_opened() {
    let out = clean(
        "SURABAYA, KOMPAS.com - Dinas Kesehatan Kota Surabaya mencatat kasus demam berdarah naik dua kali \
         lipat dibanding bulan lalu. Sebagian besar pasien adalah anak-anak usia sekolah dasasekolah ikut \
         memantau jentik nyamuk di lingkungan masing-masing. Baca juga: Warga Diminta Waspada Musim Hujan \
         Petugas puskesmas akan mendatangi rumah warga untuk memeriksa jentik. Mereka juga membagikan \
         bubuk abate secara gratis.  Artikel ini telah tayang di Kompas.com dengan\n judul Kasus DBD Naik\n",
    );
    assert!(!out.contains("judul Kasus DBD Naik"), "{out}");
}

// Found by the damaged-pages property at 20000 cases: a dateline opening a short first paragraph
// marked where the body starts, so nothing above the next headline was a page header; without
// the dateline, cleaning again took that headline for the title and the paragraph for header.
#[test]
fn idempotence_a_dateline_above_the_body_bounded_the_title_search() {
    let out = clean(
        "Jakarta (ANTARA) - Badanberas dan cabai merah.\n\nBaca juga: BPS catat neraca perdagangan surplus\n\n\
         Pemerintah menargetkan dagangan surplus\n\nPemerintah menargetkan inflasi tetap di kisaran 1,5 hingga \
         3,5 persen hingga akhir tahun (RPJMN).Pewarta: Sinta DewiEditor: A. Rahman\t\t\tCOPYRIGHT © ANTARA 2024\n",
    );
    assert!(out.starts_with("Pemerintah menargetkan dagangan surplus\n"), "{out}");
}

// Found by the odd-text property at 20000 cases: repair emptied a paragraph (a stray script and
// its accent), one block fewer moved the dateline's window, and only cleaning again found the
// dateline with nothing after it.
#[test]
fn idempotence_a_paragraph_emptied_by_repair_moved_the_dateline_window() {
    assert_eq!(clean("1.000<p>한국어e\u{301}\nâ€\nJakarta (ANTARA) -"), "1.000\n\nâ€\n");
}

// Found by the hostile-input tests: see tests/hostile.rs for the command-line cases (a FIFO in
// a folder blocked the run; an output folder symlink led outside -o DIR).
#[test]
fn hostile_compressed_binary_with_few_nuls_was_cleaned_as_text() {
    let noise: Vec<u8> = (0..8192u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8).collect();
    assert!(robust::pipeline().clean(&noise).is_err());
}

// Found by the odd-text property: on a page joined with commas, the join comma closing a line
// went with the line break, but a space before it stayed at the line's end.
#[test]
fn property_a_join_comma_after_a_space_left_the_space_at_the_line_end() {
    let out = clean("Kamis (25/2) lalu. ,\nPolisi menangkap dua orang.,Keduanya ditahan.\n");
    assert!(out.starts_with("Kamis (25/2) lalu.\n\nPolisi menangkap"), "{out:?}");
}

// Found by the damaged-page property: a flattened page whose dateline block ended in a photo
// credit counted as a caption, so the page was kept as a gallery and its one real caption
// stayed; once the dateline was gone, a second run removed it.
#[test]
fn idempotence_a_dateline_block_ending_in_a_photo_credit_made_the_page_a_gallery() {
    let page = "Jakarta (ANTARA) -Gunung Marapi Kembali Erupsi    Gunung Marapi menyemburkan abu setinggi dua \
                kilometer, Minggu (3/12/2023). (ANTARA/Iggoy el Fitra)    Gunung Marapi di Sumatera Barat \
                kembali erupsi pada Minggu sore. Abu vulkanik terlihat dari Kota Bukittinggi dan sekitarnya, \
                sehingga warga diminta memakai masker saat keluar rumah. Status gunung masih Waspada dan warga \
                dilarang mendekat dalam radius tiga kilometer dari kawah.    Pendaki yang masih berada di jalur \
                diminta segera turun. Foto: Dokumentasi BKSDA Sumbar    Tim gabungan sudah menyisir jalur \
                pendakian sejak pagi dan belum menemukan pendaki yang tertinggal.  ";
    let out = clean(page);
    assert!(out.starts_with("Gunung Marapi di Sumatera Barat"), "{out}");
    assert!(!out.contains("Foto:"), "{out}");
}

// Found by the damaged-page property (10,000 cases): after the body, a headline ending in `!`
// read as a line introducing a list, so the headline after it was kept as a list item; the
// first headline went, and a second run removed the other.
#[test]
fn idempotence_a_headline_that_goes_protected_the_next_as_a_list_item() {
    let page = "Timnas Indonesia menang 1-0 atas Vietnam dalam laga kualifikasi yang digelar di Stadion \
                Utama Gelora Bung Karno, Kamis malam.    Gol tunggal dicetak pada menit ke-52 lewat \
                sundulan kepala setelah menerima umpan silang dari sisi kanan.    BERITA REKOMENDASI    \
                Daftar Pemain Timnas untuk Laga Tandang!    Jadwal Lengkap Kualifikasi Piala Dunia  ";
    let out = clean(page);
    assert!(out.ends_with("dari sisi kanan.\n"), "{out}");
}

// Found by the damaged-page property: `Juga:ERITA REKOMENDASI` after the body was three words,
// too few for a headline of other articles; punctuation then spaced the colon, and a second
// run found four words and removed it. The recheck after later stages now reads the same
// signal.
#[test]
fn idempotence_a_colon_spaced_after_boilerplate_made_a_headline_long_enough() {
    let page = format!(
        "Timnas Indonesia menang 1-0 atas Vietnam dalam laga kualifikasi yang digelar di Stadion Utama \
         Gelora Bung Karno, Kamis malam.\n\n{BODY}\n\nBBaca Juga:ERITA REKOMENDASI\n\nJadwal Lengkap \
         Kualifikasi Piala Dunia\n"
    );
    let out = clean(&page);
    assert!(out.ends_with("musim hujan tahun ini.\n"), "{out}");
}

// Found by the damaged-page property: on a flattened page, an agency dateline inside the
// headlines after the body was cut out of their block; what it left was passed over as the
// dateline's block, and a second run removed it as another article's headline.
#[test]
fn idempotence_what_a_dateline_left_after_the_body_was_a_headline() {
    let page = format!(
        "Timnas Indonesia menang 1-0 atas Vietnam dalam laga kualifikasi yang digelar di Stadion Utama \
         Gelora Bung Karno, Kamis malam.    {BODY}    BERITA REKOMENDASI    Daftar Pemain Timnas untuk \
         LJakarta (ANTARA) -aga Tandang    Jadwal Lengkap Kualifikasi Piala Dunia  "
    );
    let out = clean(&page);
    assert!(out.ends_with("musim hujan tahun ini.\n"), "{out}");
}

// Found by the odd-text property (50,000 cases; present before session 3): punctuation removed
// the comma opening `,Jakarta` after boilerplate had judged the page, and `Jakarta` then was
// the title that `Jakarta (ANTARA) - Jakarta` repeats with the site's name, which only a second
// run removed. The recheck after later stages now looks for that relation too.
#[test]
fn idempotence_a_comma_removed_after_boilerplate_made_a_title_that_a_line_repeats() {
    let out = clean("â€\n0kata\nEditora<p>Jakarta (ANTARA) - Jakarta\u{2028},Jakarta ");
    assert!(!out.contains("(ANTARA)"), "{out}");
}

// Found by the damaged-page property (50,000 cases; present before session 3): the dateline is
// looked for a few open blocks from the body's start, and the author lines that the signals
// removed after that search still counted as open, keeping the glued `Jakarta (ANTARA) -` out of
// reach until a second run. The page is now judged again when the signals move that window.
#[test]
fn idempotence_blocks_the_signals_removed_kept_a_dateline_out_of_reach() {
    let page = "Pemimpin Korea Utara, Kim Jong Un, menyampaikan pujian kepada pasukan militernya yang \
                sedang membantu Rusia dalam perang melawan Tentang T\u{e38}\u{e21}\u{e20}\u{e32}\u{e1e}\u{e31}\u{e19}\u{e18}\u{e4c} \
                Korea Utara dalam perjuangan di Rusia\n\nJurnalis Berita\n\nBy Jurnalis Berita\n\nMenurut \
                laporan Kantor Berita Pusat Korea (KCNA) yang dilaporkan oleh AFP pada Kamis, 21 Agustus \
                2025, Kim Jong Un menggelar angkatan bersenjata negaranya sebagai pasukan yang berani.\ng \
                dilapoJakarta (ANTARA) -rkan oleh AFP pada Kamis, 21 Agustus 2025, Kim Jong Un menggelar \
                angkatan bersenjata negaranya sebagai pasukan yang berani.";
    let out = clean(page);
    assert!(!out.contains("(ANTARA)"), "{out}");
}

// Found by the idempotence property: a credit line glued twice, the second copy on a line of its
// own that a copyright rule takes whole. Once the copyright went from its end, the line was kept
// as if the block rule still took it, and only a second run stripped the credit.
#[test]
fn idempotence_a_credit_line_whose_copyright_went_first_kept_its_credit() {
    let out = clean(
        "Jakarta (ANTARA) - Badan Pusat Statistik mencatat inflasi tahunan sebesar 2,5 persen pada Maret 2024, \
         lebih rendah dibanding bulan sebelumnya.\n\nPemerintah menargetkan inflasi tetap di kisaran 1,5 hingga \
         3,5 persen hingga akhir tahun (RPJMN).Pewarta: Sinta DewiEditor: A. Rahman\t\t\tCOPYRIGHT © ANTARA 2024\n\
         .Pewarta: Sinta DewiEditor: A. Rahman\t\t\tCOPYRIGHT © ANTARA 2024\n",
    );
    assert!(out.ends_with("hingga akhir tahun (RPJMN).\n"), "{out}");
}

// Found by the damaged-page property (60,000 cases; present before session 4): a page printed
// twice, each copy with a glued `Jakarta (ANTARA) -`. Stripping the first dateline left its
// block a few words shorter, which made the second copy the largest run of prose: the body moved
// there, and only a second run found the second dateline in the body's window.
#[test]
fn idempotence_a_dateline_that_shortened_its_block_moved_the_body() {
    let copy = "ga.<br>Ketinggian air mencapai satu meter di beberapa titik.\r\n\r\n<p>Badan Jakarta (ANTARA) \
                -Penanggulangan Bencana Daerah (BPBD) menyebut <b>1.200 warga</b> mengungsi ke \
                &quot;posko&quomasjid.</p>\r\n\r\nPetugas masih mendata kerugian\u{200b} akibat banjir.\r\n";
    let page = format!(
        "Banjir Rendam Tiga Kecamatan\r\n\r\nHujan deras sejak Senin malam membuat sungai meluap &amp; merendam \
         rumah war{copy}{copy}"
    );
    let out = clean(&page);
    assert_eq!(out.matches("(ANTARA)").count(), 0, "{out}");
}

// Found by the damaged-page property (100,000 cases; present before session 4): a flattened page
// whose captions held just over half its words was kept as a gallery; a glued word that repair
// split later tipped the balance, and only a second run took the captions out.
#[test]
fn idempotence_a_split_word_tipped_a_gallery_page_into_an_article() {
    let page = "Gunung Marapi Kembali Erupsi    Gunung Marapi menyemburkan abu setinggi dua kilometer, Minggu (3/12/2023). (ANTARA/Iggoy el Fitra)    Gunung Marapi di Sumatera Barat kembaliterlihat dari Kota Bukittinggi dan sekitarnya, sehingga warga diminta memakai masker saat keluar rumah.    Petugas pos pengamatan mencatat letusan berlangsung sekitar empat menit. Status gunung masih Waspada dan warga dilarang mendekat dalam radius tiga kilometer dari kawah.    Pendaki yang masih berada di jalur diminta segera turun. Foto: Dokumentasi BKSDA Sumbar    Tim gabungan sudah menyisir jalur pendakian sejak pagi dan belum menemukan pendaki yang tertinggal.  ";
    let out = clean(page);
    assert!(!out.contains("(ANTARA/Iggoy el Fitra)"), "{out}");
}

// Found by the damaged-page property (200,000 cases; introduced this session with the title's
// plain copy): a copy of the title with a typo (`Gunung arapi`) was not the title's copy until
// repair mended it, and only a second run removed it.
#[test]
fn idempotence_a_repaired_copy_of_the_title_went_only_in_a_second_run() {
    let page = "Gunung Marapi Kembali Erupsi\n\nGunung arapi Kembali Erupsi\n\nGunung Marapi menyemburkan abu setinggi dua kilometer, Minggu (3/12/2023). (ANTARA/Iggoy el Fitra)\n\nGunung Marapi di Sumatera Barat kembali erupsi pada Minggu sore. Abu vulkanik terlihat dari Kota Bukittinggi dan sekitarnya, sehingga warga diminta memakai masker saat keluar rumah.\n\nPetugas pos pengamatan mencatat letusan berlangsung sekitar empat menit. Status gunung masih Waspada dan warga dilarang mendekat dalam radius tiga kilometer dari kawah.\n\nPendaki yang masih berada di jalur diminta segera turun. Foto: Dokumentasi BKSDA Sumbar\n\nTim gabungan sudah menyisir jalur pendakian sejak pagi dan belum menemukan pendaki yang tertinggal.\n";
    let out = clean(page);
    assert!(out.starts_with("Gunung Marapi Kembali Erupsi\n\nGunung Marapi di Sumatera"), "{out}");
}

// Found by the damaged-page property (30,000 cases; introduced this session with breadcrumbs
// glued to the title): a paragraph that ends with another one (`www.bi` + `snis.co.id ...`)
// read as a trail of sections before a title once a comma at its start had gone, and a second
// run removed it. A trail ends at a space, and the title after it reads as a title.
#[test]
fn idempotence_a_paragraph_ending_with_another_is_no_breadcrumb() {
    let page = ",Indeks Harga Sdari Kompas.com dan www.bisnis.co.id menilai penguatan ini wajar. Menurut Dr. H.M. Prasetyo, investor asing masih mencatat beli bersih Rp1.000 miliar.\nsnis.co.id menilai penguatan ini wajar. Menurut Dr. H.M. Prasetyo, investor asing masih mencatat beli bersih Rp1.000 miliar.\n";
    let out = clean(page);
    assert!(out.starts_with("Indeks Harga Sdari Kompas.com"), "{out}");
}

// Found by the damaged-page property (30,000 cases; introduced this session with keyword
// lists): a fragment in lower case above the body was kept while a comma opened it and taken for
// tags once `punctuation` had removed that comma. Lower-case keyword lines are looked for only
// after the article, and commas no longer decide them.
#[test]
fn idempotence_a_fragment_above_the_body_is_no_keyword_list() {
    let page = " , pemerintah daerah (pemda) diminta menyiapkan anggaran tambahan unt\n\nuk perbaikan jalan rusak.,Ketentuan tersebut tercantum dalam surat edaran menteri yang terbit pekan lalu. Surat itu dikirim ke seluruh gubernur.,\"Kami akan segera meni,\n,\n,Selain itu, pemda juga wajib melaporkan realisasi anggaran setiap bulan.\n";
    let out = clean(page);
    assert!(out.starts_with("pemerintah daerah (pemda)"), "{out}");
}

// Found by the damaged-page property (300,000 cases; introduced this session when the title's
// copy was looked for a few blocks into the body, a search since withdrawn): a line of lone
// punctuation that went kept a repeated line out of that search's reach, and only a second
// run, without that line, removed the copy.
#[test]
fn idempotence_a_removed_line_moved_the_title_copys_reach() {
    let page = "arga beras medium naik menjadi Rp13.500 per kilogram. \u{e2}\u{20ac}\u{153}Kami terpaksa menaikkan harga,\u{e2}\u{20ac}\u{fffd} kata Budi, pedagang di sana.\n\nMenurut Dinas Perdaganga\u{c2}\u{a0}\n.\n\nMenurut Dinas Perdaganga\u{c2}\u{a0}\n";
    let out = clean(page);
    assert!(out.contains("\"Kami terpaksa menaikkan harga,\" kata Budi, pedagang di sana.\n"), "{out}");
}

// Found by the same property (300,000 cases) with that search: a hard-wrapped page whose
// sentences the damage repeated lost a repeated line only when cleaned again.
#[test]
fn idempotence_a_repeated_wrapped_line_is_judged_the_same_each_time() {
    let page = "aMusim\r\r\ntanam tahun ini datang terlambat. Petani di desa kami menunggu hujan yang\r\r\nbiasanya turun pada bulan Oktober, tetapi sampai pertengahan November\r\r\nsawah masih kering dan retak-retak di banyak tempat.\r\r\nSebagian\r\r\npetani memilih menanam jagung yang lebih tahan kering. Harga bibit jagung\r\r\nnaiksawah masih kering dan retak-retak di banyak tempat.\r\r\nSebagian\r\r\npetani memilih menanam jagung yang lebih tahan kering. Harga bibit jagung\r\r\nnaik karena banyak yang membeli dalam waktu bersamaan, sementara pupuk\r\r\nbersubsidi belum juga datang ke kios-kios di kecamatan.\rm juga datang ke kios-kios di kecamatan.\r\r\n";
    let out = clean(page);
    assert!(out.contains("naik karena banyak yang membeli dalam waktu bersamaan"), "{out}");
}

// Found by the damaged-page property (300,000 cases; present before this session): a title
// printed five times, two of the copies glued to a fragment, lost its copies over two runs,
// since a copy removed took a place among the three blocks compared. Removed copies no longer
// count, so one run removes every copy.
#[test]
fn idempotence_every_copy_of_a_title_printed_many_times_goes_at_once() {
    let title = "Timnas Indonesia Menang Tipis atas Vietnam";
    let glued = format!("Timnas Indonesia{title}");
    let page = format!(
        "{title}\n{glued}\n{title}\n{glued}\n{title}\n\nTimnas Indonesia menang 1-0 atas Vietnam dalam laga kualifikasi \
         yang digelar di Stadion Utama Gelora Bung Karno, Kamis malam.\n\nGol tunggal dicetak pada menit ke-52 lewat \
         sundulan kepala setelah menerima umpan silang dari sisi kanan.\n\nBERITA REKOMENDASI\n\nDaftar Pemain Timnas \
         untuk Laga Tandang\n\nJadwal Lengkap Kualifikasi Piala Dunia\n\nPosting Komentar\n"
    );
    let out = clean(&page);
    assert_eq!(out.matches(&format!("\n{title}\n")).count(), 0, "{out}");
}

// Found by the damaged-page property (150,000 cases; present before session 7): a comma glued
// between two words (`menjel,angRahman`) made them one word for boilerplate, and the line one
// word short of a keyword list; `punctuation` then spaced the comma, and cleaning again removed
// the line. Boilerplate now counts the words as they will be written.
#[test]
fn idempotence_a_comma_glued_between_words_hid_a_word_from_boilerplate() {
    let out = clean(
        "Jakarta (ANTARA) - Badan Pusat Statistik mencatat inflasi tahunan sebesar 2,5 persen pada Maret 2024, \
         lebih rendah dibanding bulan sebelumnya.\n\nInflasi terutama didorong kenaikan harga pangan \
         menjel,angRahman\t\t\tCOPYRIGHT © ANTARA 2024\n",
    );
    assert!(out.starts_with("Badan Pusat Statistik mencatat inflasi"), "{out}");
    assert!(!out.contains("COPYRIGHT"), "{out}");
}

// Found by the damaged-page property (150,000 cases; present before session 7): a space after
// an opening bracket (`di( Pasar`) made two words for boilerplate; `punctuation` took it out,
// the line had a word less, and cleaning again took it for a topic label over the next line.
// An opening bracket glued between two words parts them when boilerplate counts them.
#[test]
fn idempotence_a_space_after_a_bracket_changed_a_lines_word_count() {
    let out = clean(
        "kataHarga Beras Naik di( Pasar Induk\n\nPedagang di PaHarga Beras Naik di Pasar Induk\n\nPedagang di Pasar \
         Induk Cipinang mengatakan harga beras medium naik menjadi Rp13.500 per kilogram. â€œami terpaksa menaikkan \
         harga,â€\u{fffd} kata Budi, pedagang di sana.\n\nMenurut Dinas Perdagangan, kenaikan itu dipicu cuaca buruk di \
         sentra produksi. Café di sekitar pasar ikut menaikkan harga nasi goreng.\u{a0}\n\nPemerintah berjanji \
         menggelar operasi pasar pekan depan.Â \n",
    );
    assert!(out.contains("Pedagang di Pasar Induk Cipinang mengatakan"), "{out}");
}

// Found by the odd-text property (150,000 cases; from session 7's degree test): a degree at the
// text's end (`.,D.Dj.`) read as one only when no newline followed it, so the page was
// comma-joined in one run and not in the next. Words end at any whitespace.
#[test]
fn idempotence_a_degree_read_as_one_only_without_a_newline_after_it() {
    let out = clean(".,Presiden.,D.Dj.");
    assert!(out.contains("D.Dj."), "{out}");
}

// Found by the damaged-page property (150,000 cases; from session 7's rule that a heading ends
// the article only below its prose): on a page with no prose at all, that rule left the list
// after `Posting Komentar` for a second run to remove. A page without prose is judged as before.
#[test]
fn idempotence_a_page_without_prose_kept_its_footer_for_a_second_run() {
    let out = clean("Timnas Indonesia Menang Tipis atas Vietnam\n\n\n\nTimnas Indonesia menang 1-0 atas Vietnam dalam laga kualifikasi yang digelar di Stadion Utama Gelora Bung Karno, KamisERITA REKOMENDASI\n\n\n\nDaftar Pemain Timnas untuk Laga Tandang\n\n\n\nJadwal Lengkap Kualifikasi Piala Dunia\n\n laga kualifikasi yang digelar di Stadion Utama Gelora Bung Karno, KamisERITA REKOMENDASI\n\n\n\nDaftar Pemain Timnas untuk Laga Tandang\n\n\n\nJadwal Lengkap Kualifikasi Piala Dunia\n\n\n\nPosting Komentar\n\n\n\nDaftar Pemain Timnas untuk Laga Tandang\n\n\n\nJadwal Lengkap Kualifikasi Piala Dunia\n\n\n\nPosting Komentar\n\n");
    assert!(out.starts_with("Timnas Indonesia Menang Tipis atas Vietnam\n"), "{out}");
}

// Found by the property tests: a lede in sentence case, one word longer once repair parted a
// glued word (`membuatecamatan`), became a headline under a kicker on the second run, and the
// title above it went as the page's header.
#[test]
fn idempotence_a_lede_grown_by_a_parted_word_was_taken_for_the_headline_under_a_kicker() {
    let out = clean(
        "Banjir Rendam Tiga Kecamatan\n\nHujan deras sejak Senin malam membuatecamatan\n\nHujan deras sejak Senin \
         malam membuat sungai meluap &amp; merendam rumah warga.<br>Ketinggian air mencapai satu meter di beberapa \
         titi warga</b> mengungsi ke &quot;posko&quot; terdekat.</p>\n\nPetugas masih mendata kerugian akibat banjir.\n",
    );
    assert!(out.starts_with("Banjir Rendam Tiga Kecamatan\n\n"), "{out}");
}

// Found on a Republika dump whose links each stood on a line (rewritten here in other words):
// with related headlines under the lede's pieces, the title fell back to the first candidate;
// once they went, the candidate with the fewest labels under it was taken and the lede above it
// went. Only a menu's short labels may stand above a title taken that way.
#[test]
fn idempotence_a_title_chosen_by_the_labels_under_it_took_the_lede_above_it_on_the_second_run() {
    let lines = [
        "KABARKOTA.ID, BANDUNG -- Kepala Dinas Pertanian",
        "Jabar",
        "Dadan Hidayat mengatakan harga gabah kering panen berpotensi untuk mengalami kenaikan seiring dengan musim",
        "tanam kedua",
        "dan cuaca buruk yang terjadi di berbagai kabupaten.",
        "“Harga gabah naik karena pasokan dari sentra produksi berkurang, salah satunya akibat banjir di pantai utara yang merendam ribuan hektare sawah menjelang panen raya,” kata Dadan di Bandung, Selasa (12/3/2025).",
        "Baca Juga",
        "Jawa Barat Fokus Wujudkan Target Swasembada Beras pada 2025",
        "Kementan: Petani Milenial Berperan Penting dalam Ketahanan Pangan",
        "Politisi Gerindra: Harga Pembelian Pemerintah Buka Jalan Kesejahteraan Petani Melalui Keadilan Harga",
        "Ia menjelaskan, gabah adalah komoditas yang sangat dibutuhkan untuk menjaga pasokan beras menuju",
        "musim paceklik",
        "dan hari besar keagamaan, serta memegang peran kunci untuk target stabilitas harga nasional. Dadan mengatakan, 65 persen gabah provinsi itu diserap oleh penggilingan kecil yang tersebar di pedesaan dan menjualnya ke pasar induk di kota besar.",
        "“Selain itu, pupuk bersubsidi (",
        "pupuk organik",
        "/PO) menggunakan bahan baku lebih banyak daripada pupuk kimia,” ujar Dadan.",
        "Ia mengatakan dinas berkomitmen untuk mendukung pertumbuhan ekonomi petani melalui produksi gabah dan jagung, yang masing-masing produksinya ditargetkan naik sepuluh persen tahun ini dibandingkan dengan tahun lalu di seluruh kabupaten.",
        "Selain itu, ia pun menyebutkan dinas telah menyalurkan hingga Rp 7,78 miliar bantuan benih dan pupuk kepada kelompok tani tahun lalu, atau naik dari posisi Rp 5,5 miliar pada tahun sebelumnya.",
        "“Kira-kira mungkin hampir sama seperti itu (untuk target tahun ini),” ujar Dadan menambahkan.",
        "Di sisi lain, Dadan yang juga Wakil Ketua Bidang Pangan Kamar Dagang dan Industri (Kadin) Jawa Barat menyoroti bagaimana komoditas lain seperti jagung juga memiliki potensi besar bagi daerah, baik untuk pakan ternak maupun pertumbuhan ekonomi.",
    ];
    let out = clean(&format!("{}\n", lines.join("\n")));
    assert!(out.contains("Dadan Hidayat mengatakan"), "{out}");
}

// Found by the odd-text property (present at the end of session 8): a line of a lone combining
// mark above the same mark with `|"` after it read as an image's alt text and its caption with a
// credit, once a line of a full stop between them had gone. A caption is two words or more and
// a credit names someone, so neither run takes them.
#[test]
fn idempotence_marks_alone_are_no_caption_and_its_credit() {
    let out = clean("\u{301}\n.\n\u{301}|\"");
    assert!(out.contains('|'), "{out:?}");
}

// Found by the damaged-page property (150,000 cases; present at the end of session 8): a line
// under the title grew by a word when repair parted a glued word (`sejakanjir`), which made the
// title a topic label over a longer headline on the next run. Judging again now counts the
// length of title-like lines a later stage changed.
#[test]
fn idempotence_a_line_under_the_title_lengthened_by_a_repair_is_judged_again() {
    clean(
        "Banjir Rendam Tiga Kecamatan\n\nHujan deras sejakanjir Rendam Tiga Kecamatan\n\nHujan deras sejak Senin \
         malam membuat sungai meluap dan merendam rumah warga di tiga kecamatan.\n\nPetugas masih mendata \
         kerugian akibat banjir yang melanda sejak Senin malam.\n",
    );
}

// Found on a Tribun page: a summary box's points, printed with dashes, just above the dateline
// that names the site. The first run took the dateline below; the second, with it gone, took the
// dash of the last point for what is left of a dateline. A dash that opens one of several items
// of a list is the list's, and stays.
#[test]
fn idempotence_a_summary_points_dash_above_a_sites_dateline_went_only_on_a_second_run() {
    let page = format!(
        "Kunker Perdana Bupati ke Kecamatan Terjauh\n\n\
         - Bupati melakukan kunker perdana ke Jangkat Timur dan berdialog dengan warga desa.\n\n\
         - Bupati mengapresiasi panen jagung warga yang mencapai 112 ton tahun ini.\n\n\
         TRIBUNJAMBI.COM, BANGKO – {BODY}\n\n{BODY}\n"
    );
    let out = clean(&page);
    assert!(out.contains("\n\n- Bupati melakukan kunker"), "{out}");
    assert!(out.contains("\n\n- Bupati mengapresiasi panen"), "{out}");
    assert!(!out.contains("TRIBUNJAMBI.COM"), "{out}");
}

// Found by the odd-text property (150,000 cases; from this session's caption label above a site's
// dateline): a dash above a dateline that fills its block was passed over as if it stood above
// the article's first paragraph, and only the next run, with the dateline gone, took the dash.
// Only Tribun's caption is passed over, and only above a dateline that opens a sentence.
#[test]
fn idempotence_a_dash_above_a_dateline_filling_its_block_went_only_on_a_second_run() {
    clean("-&nbsp;PresidenKompas.com\nJakarta (ANTARA) -Bagikan");
}

// Found by the damaged-page property (150,000 cases): a stray CJK letter glued to `untuk` hid
// the page's one function word in a line of names after the body, so the line read as a
// sentence introducing a list, and sheltered the headline below it. Repair took the letter off
// after boilerplate had judged; the line then read as a sentence thick with names, which
// introduces nothing, and only a second run removed the headline. The recheck after later
// stages now reads that signal too.
#[test]
fn idempotence_a_stray_letter_on_a_function_word_made_a_line_introduce_a_list() {
    let gap = " ".repeat(8);
    let page = [
        "Timnas Indonesia menang 1-0 atas Vietnam dalam laga kualifikasi yang digelar di Stadion \
         Utama Gelora Bung Karno, Kamis malam.",
        "Gol tunggal dicetak pada menit ke-52 lewat sundulan kepala setelah menerima umpan silang \
         dari sisi kanan.",
        "BERITA REKOMENDASI Daftar Pemain Timnas untuk\u{20000} Laga Tandang Jadwal Lengkap \
         Kualifikasi Piala Dunia Posting Komentar kanan.",
        "BERITA REKOMENDASI Daftar Pemain Timnas untuk Laga Tandang Jadwal Lengkap Kualifikasi \
         Piala Dumentar",
    ]
    .join(&gap);
    let out = clean(&page);
    assert!(!out.contains("Dumentar"), "{out}");
}

// Found by the odd-text property (100,000 cases; from this session's window over credit lines):
// a one-word line passed over in the dateline's window was passed over when the window first
// reached it, but not when a dateline filling its block moved the window by one, so a second
// dateline only a second run reached. Both now step over such lines alike.
#[test]
fn idempotence_a_dateline_that_filled_its_block_moved_the_window_over_a_slight_line() {
    let out = clean("a Jakarta (ANTARA) -<p>Ã©!(ant)\nâ€:\nâ€\nJakarta (ANTARA) -");
    assert!(!out.contains("(ANTARA)"), "{out}");
}

// Found by the odd-text property (100,000 cases; from this session's window over credit lines):
// a stray script glued to a link's address made its line count as a step of the dateline's
// window; repair removed the script after boilerplate had judged, and the line, now slight, let
// a second run's window reach the dateline. The recheck after later stages now reads whether a
// line is slight.
#[test]
fn idempotence_a_stray_script_removed_after_boilerplate_made_a_line_slight() {
    let out = clean("한국어(https://a.id/x(ant)kata â€\nA!\nâ€.<p>Jakarta (ANTARA) -");
    assert!(!out.contains("(ANTARA)"), "{out}");
}

// Found by the damaged-page property (100,000 cases; present before session 14): a page printed
// twice on one line opened both copies of its related links with the glued dateline. The second
// copy's dateline was cut, and the block, judged another article's headline whole, was kept for
// that cut; only a second run removed what was left. The block's deletion now wins over a cut
// inside it.
#[test]
fn idempotence_a_dateline_cut_inside_a_headline_that_goes_whole_kept_the_rest() {
    let gap = " ".repeat(4);
    let copy = ["BERITA REKOMENDASI", "Daftar Pemain Timnas untuk Laga Tandang", "Jadwal LengkapJakarta (ANTARA) -"]
        .join(&gap);
    let page = [
        "Timnas Indonesia Menang Tipis atas Vietnam",
        "Timnas Indonesia menang 1-0 atas Vietnam dalam laga kualifikasi yang digelar di Stadion Utama Gelora \
         Bung Karno, Kamis malam.",
        "Gol tunggal dicetak pada menit ke-52 lewat sundulan kepala setelah menerima umpan silang dari sisi kanan.",
        &format!("{copy}l tunggal dicetak pada menit ke-52 lewat sundulan kepala setelah menerima umpan silang dari sisi kanan."),
        &format!("{copy} Kualifikasi Piala Dunia"),
        "Posting Komentar  ",
    ]
    .join(&gap);
    let out = clean(&page);
    assert!(!out.contains("Kualifikasi Piala Dunia"), "{out}");
}

// Found by the odd-text property (150,000 cases; from this session's window over credit lines):
// once the dateline was stripped, the page was judged again only when another dateline stood
// within six open blocks of it, counted without passing over slight lines as the window does;
// the second dateline, just out of that count, went only on a second run.
#[test]
fn idempotence_a_second_dateline_past_slight_lines_went_only_on_a_second_run() {
    let out = clean("kata\nＡＢ\nkataJakarta (ANTARA) -kata:\nx|close!<p>â€\n1.000\nâ€\nJakarta (ANTARA) -");
    assert!(!out.contains("(ANTARA)"), "{out}");
}

// Found by the odd-text property (150,000 cases; from this session's caption under a heading,
// B103): a caption glued under a heading is taken only where the heading opens its paragraph,
// and a dateline before the heading hid it until a second run. What the dateline leaves is now
// judged again when a marker matches it that did not match the whole block. A newsroom's code
// in small letters (`(ant)`) is no photo credit, which the minimal case found had.
#[test]
fn idempotence_a_dateline_hid_a_caption_glued_under_a_heading() {
    let out = clean(
        "Jakarta (ANTARA) -Memiliki Banyak ManfaatIlustrasi (iStock)Menteri inovasi dan teknologi Ethiopia \
         mengetwit estimasi jumlah pohon.\nkata",
    );
    assert!(out.starts_with("Memiliki Banyak Manfaat\n\nMenteri inovasi"), "{out}");
    let out = clean("Jakarta (ANTARA) -PresidenPresiden(ant)Presiden.\nkata");
    assert!(out.starts_with("PresidenPresiden(ant)Presiden."), "{out}");
}

// Found by the odd-text property in CI (a debug build, whose check of overlapping changes a
// release build skips; present before session 14): the space in `"( "` is both a bracket's
// (P021) and a quote's (P023), and both rules removed it.
#[test]
fn a_space_inside_a_bracket_and_a_quote_is_removed_once() {
    let out = clean("&quot;( â€œ.kata");
    assert!(!out.contains("( "), "{out}");
}

// Found by the odd-text property (20,000 cases in a debug build; present before session 14): a
// comma join followed by an empty one (`.,,"`) was split once with the empty join, and again
// at the empty join, two changes over one comma.
#[test]
fn a_comma_join_with_an_empty_join_after_it_is_split_once() {
    let out = clean(".,&nbsp;Ãkata.,,\"Ã");
    assert!(!out.contains(",,"), "{out}");
}

// Found by the odd-text property (150,000 cases in a release build; present before session 16):
// a bulleted line was taken for an item of a list with the bulleted line above it, which went in
// the same run, so its dateline and the teaser glued before it went only in a second run.
#[test]
fn idempotence_a_bulleted_line_that_goes_made_a_list_of_the_one_under_it() {
    assert_eq!(clean("- .\n- Presidenkata!(ant)Jakarta (ANTARA) -"), "");
}

// Found by the damaged-pages property (150,000 cases in a release build; present before session
// 16): of three copies of a headline among the lines above the article, the first run kept the
// third, which was out of the first's reach until a copy between them went; a second run took it.
#[test]
fn idempotence_every_copy_of_a_headline_goes_in_one_run() {
    let page = "Timnas Indonesia Myang digelar di Stadion Utama Gelora Bung Karno, Kamis malam.\n\n\
                Gol tunggal dicetak pada ERITA REKOMENDASI\n\nDaftar PeKOMENDASI\n\n\
                Daftar Pemain Timnas untuk Laga Tandang\n\nJadwal Lengkap Kualifikasi Piala Dunia\n \
                Pemain Timnas untuk Laga Tandang\n\ns untuk Laga Tandang\n\n\
                Jadwal Lengkap Kualifikasi Piala Dunia\n Pemain Timnas untuk Laga Tandang\n\n\
                Jadwal Lengkap Kualifikasi Piala Dunia\n\nPosting Komentar\n";
    let out = clean(page);
    assert_eq!(out.matches("Jadwal Lengkap Kualifikasi Piala Dunia").count(), 1, "{out}");
    assert_eq!(clean(&out), out);
}

// Found by the odd-text property (a debug build's default cases; present before session 17): a
// site's name opening the page glued to its first word is its dateline, and a later line that
// opens with the same name was taken for the page printed twice, though only a stop followed it:
// the stop stayed alone, and went only in a second run.
#[test]
fn idempotence_a_sites_name_with_a_stop_is_no_copy_of_the_page() {
    let out = clean("Kompas.comPresiden A\nKompas.com. ");
    assert!(!out.lines().any(|line| line.trim() == "."), "{out}");
}
