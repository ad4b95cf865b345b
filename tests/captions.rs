//! Image captions, whatever way a site prints the credit, leave the text for the `captions`
//! metadata (SPEC: captions and photo credits).

mod common;

/// A page of two prose paragraphs with `caption` between them.
fn page(caption: &str) -> String {
    format!(
        "Pemerintah daerah menyiapkan posko pengungsian di tiga kecamatan yang terdampak banjir \
         sejak Jumat malam, kata kepala badan penanggulangan bencana.\n\n{caption}\n\nWarga diminta \
         tetap waspada karena hujan deras diperkirakan masih turun hingga akhir pekan, ujar dia."
    )
}

#[test]
fn a_caption_leaves_the_text_with_its_credit_however_the_credit_is_printed() {
    let pipeline = common::pipeline();
    for (caption, text, credit) in [
        ("Posko pengungsian di Kecamatan Cawang Foto: Istimewa", "Posko pengungsian di Kecamatan Cawang", "Istimewa"),
        (
            "Posko pengungsian di Kecamatan Cawang Foto: (dok. BPBD DKI)",
            "Posko pengungsian di Kecamatan Cawang",
            "dok. BPBD DKI",
        ),
        ("Mobil evakuasi milik BPBD Foto: Pool (Humas BPBD)", "Mobil evakuasi milik BPBD", "Pool (Humas BPBD)"),
        (
            "Bupati meninjau posko pengungsian/ Foto: Instagram: @humaspemkab",
            "Bupati meninjau posko pengungsian",
            "Instagram: @humaspemkab",
        ),
        (
            "Banjir setinggi pinggang. Warga mengungsi? / Foto: (dok.ist)",
            "Banjir setinggi pinggang. Warga mengungsi?",
            "dok.ist",
        ),
        ("Ilustrasi Gedung DPR/MPR. Sumber: Wikimedia", "Ilustrasi Gedung DPR/MPR.", "Wikimedia"),
        (
            "Kepala sekolah memberikan piala kepada siswa juara. (foto Billy/ Radarlamteng.com)",
            "Kepala sekolah memberikan piala kepada siswa juara.",
            "Billy/ Radarlamteng.com",
        ),
        (
            "Pelatih debutan yang berpotensi sukses. Grafis: Tim/Indosport.com",
            "Pelatih debutan yang berpotensi sukses.",
            "Tim/Indosport.com",
        ),
        (
            "Pelatih sementara Persib memimpin latihan sore nanti /Antara/Raisan Al Farisi/",
            "Pelatih sementara Persib memimpin latihan sore nanti",
            "Antara/Raisan Al Farisi",
        ),
        (
            "Kapolres menyapa warga Kampung Jagara, Distrik Walesi. - Jubi/Ist",
            "Kapolres menyapa warga Kampung Jagara, Distrik Walesi.",
            "Jubi/Ist",
        ),
        (
            "Kapolres Jakarta Timur Komisaris Besar Yoyon Tony (suara.com/Welly Hidayat)",
            "Kapolres Jakarta Timur Komisaris Besar Yoyon Tony",
            "suara.com/Welly Hidayat",
        ),
        (
            "Bupati foto bersama peserta pelatihan, Senin, 28/11/22. Foto By : Humas Pemkab.",
            "Bupati foto bersama peserta pelatihan, Senin, 28/11/22.",
            "Humas Pemkab",
        ),
        // Spaces inside the credit's brackets.
        (
            "Ketua Umum PP PBSI Wiranto bersama Ketua PBSI DKI ( Foto: istimewa )",
            "Ketua Umum PP PBSI Wiranto bersama Ketua PBSI DKI",
            "istimewa",
        ),
        // What is left of a caption: its label and the credit after a dash.
        ("Ilustrasi - internet", "Ilustrasi", "internet"),
        // A picture handed to the newsroom, credited without a colon.
        (
            "Kapolres memberikan keterangan kepada wartawan. Foto ist",
            "Kapolres memberikan keterangan kepada wartawan.",
            "ist",
        ),
        ("Panser Pindad Steyr Pandur II 8x8 | ISTIMEWA", "Panser Pindad Steyr Pandur II 8x8", "ISTIMEWA"),
    ] {
        let cleaned = pipeline.clean_str(&page(caption));
        assert!(!cleaned.text.contains(&caption[caption.len() - 8..]), "{caption}: {}", cleaned.text);
        let lifted = &cleaned.metadata.captions;
        assert_eq!(lifted.len(), 1, "{caption}: {lifted:?}");
        assert_eq!(lifted[0].text, text);
        assert_eq!(lifted[0].credit.as_deref(), Some(credit));
    }
}

/// A caption under its label (`Keterangan Gambar : `) leaves the text without the label, which
/// names no one: the credit is the one a bracket after it names, if any.
#[test]
fn a_labelled_caption_leaves_the_text_without_its_label() {
    let pipeline = common::pipeline();
    for (caption, credit) in [
        ("Keterangan Gambar : Wali Kota menerima kunjungan pengurus PWI di kantornya", None),
        ("Ket. foto: Wali Kota menerima kunjungan pengurus PWI di kantornya (Foto: Humas)", Some("Humas")),
    ] {
        let cleaned = pipeline.clean_str(&page(caption));
        assert!(!cleaned.text.contains("kunjungan pengurus PWI"), "{caption}: {}", cleaned.text);
        let lifted = &cleaned.metadata.captions;
        assert_eq!(lifted.len(), 1, "{caption}: {lifted:?}");
        assert_eq!(lifted[0].text, "Wali Kota menerima kunjungan pengurus PWI di kantornya");
        assert_eq!(lifted[0].credit.as_deref(), credit);
    }
}

/// An image's alt text, then its caption, the same words with the credit after a bar or in
/// brackets: both go, once, with the credit; the title above is not taken for a site's name.
#[test]
fn a_caption_printed_again_with_its_credit_goes_once_with_the_credit() {
    let pipeline = common::pipeline();
    for (copy, credit) in [
        ("Posko pengungsian di Kecamatan Cawang. | Chonnajak /Shutterstock", "Chonnajak /Shutterstock"),
        ("Posko pengungsian di Kecamatan Cawang. (Humas BPBD)", "Humas BPBD"),
    ] {
        let text = format!(
            "Banjir Rendam Tiga Kecamatan\n\n{}",
            page(&format!("Posko pengungsian di Kecamatan Cawang.\n{copy}"))
        );
        let cleaned = pipeline.clean_str(&text);
        assert!(!cleaned.text.contains("Cawang."), "{copy}: {}", cleaned.text);
        assert_eq!(cleaned.metadata.captions.len(), 1, "{copy}");
        assert_eq!(cleaned.metadata.captions[0].text, "Posko pengungsian di Kecamatan Cawang.");
        assert_eq!(cleaned.metadata.captions[0].credit.as_deref(), Some(credit));
        assert_eq!(cleaned.metadata.site, None);
    }
}

/// Above the body, a headline printed again with the site's name after a bar is the title's
/// copy, not a caption: the name goes to `site`.
#[test]
fn a_title_printed_again_with_the_sites_name_is_no_caption() {
    let text = format!("Banjir Rendam Tiga Kecamatan\n\nBanjir Rendam Tiga Kecamatan | Kabar Kota\n\n{}", page("Dua."));
    let cleaned = common::pipeline().clean_str(&text);
    assert!(cleaned.metadata.captions.is_empty());
    assert_eq!(cleaned.metadata.site.as_deref(), Some("Kabar Kota"));
}

/// A photo's label before a description of the picture is its caption; before a few words, the
/// credit rules take it.
#[test]
fn a_photo_label_before_a_description_is_a_caption() {
    let documented = "Dok: Dekan dan ketua jurusan dalam acara pelepasan mahasiswa program KKN";
    let cleaned = common::pipeline().clean_str(&page(documented));
    assert!(!cleaned.text.contains("Dekan"), "{}", cleaned.text);
    assert_eq!(cleaned.metadata.captions[0].text, &documented[5..]);
    let caption = "FOTO : Kecelakaan maut di jalur utama Denpasar–Gilimanuk, Rabu (8/10/2025) sore.";
    let cleaned = common::pipeline().clean_str(&page(caption));
    assert!(!cleaned.text.contains("Kecelakaan"), "{}", cleaned.text);
    assert_eq!(
        cleaned.metadata.captions[0].text,
        "Kecelakaan maut di jalur utama Denpasar–Gilimanuk, Rabu (8/10/2025) sore."
    );
    assert_eq!(cleaned.metadata.captions[0].credit, None);
}

/// Two bare codes in brackets after the article's last sentence are the newsroom's initials:
/// the codes go and the paragraph stays. Between paragraphs, the same codes are a caption's
/// credit.
#[test]
fn the_newsrooms_codes_after_the_last_sentence_are_no_credit() {
    let last = "Di akhir rapat, ketua dewan menyerahkan dokumen itu kepada wali kota di ruang sidang utama.";
    let cleaned = common::pipeline().clean_str(&format!("{}\n\n{last} (KB/IT)", page("Dua.")));
    assert!(cleaned.text.trim_end().ends_with(last), "{}", cleaned.text);
    assert!(cleaned.metadata.captions.is_empty(), "{:?}", cleaned.metadata.captions);

    let caption = "Ketua dewan menyerahkan dokumen kepada wali kota di ruang sidang. (KB/IT)";
    let cleaned = common::pipeline().clean_str(&page(caption));
    assert!(!cleaned.text.contains("Ketua dewan"), "{}", cleaned.text);
    assert_eq!(cleaned.metadata.captions[0].credit.as_deref(), Some("KB/IT"));
}

/// A caption stands above the paragraphs its photo illustrates; the writer signs below the last.
/// A paragraph of two sentences that ends the article with a name in a credit's form
/// (`(Magang/Fauzan)`) is the article's: the credit goes, the paragraph stays. Between
/// paragraphs, the same lines are a photo's caption.
#[test]
fn the_articles_last_paragraph_signed_like_a_caption_stays() {
    let last = "Warga berharap pemerintah kota segera memperbaiki jalan itu sebelum puncak arus mudik. \
                Perbaikan yang layak dinantikan demi keselamatan pengendara.";
    let cleaned = common::pipeline().clean_str(&format!("{}\n\n{last} (Magang/Fauzan)\n", page("Dua.")));
    assert!(cleaned.text.trim_end().ends_with(last), "{}", cleaned.text);
    assert!(cleaned.metadata.captions.is_empty(), "{:?}", cleaned.metadata.captions);

    let cleaned = common::pipeline().clean_str(&page(&format!("{last} (Magang/Fauzan)")));
    assert!(!cleaned.text.contains("Perbaikan"), "{}", cleaned.text);
    assert_eq!(cleaned.metadata.captions[0].credit.as_deref(), Some("Magang/Fauzan"));
}

/// An advertorial's mark (`(ADV/<desk>)`) after a paragraph names who paid for the article, not a
/// picture's source: the mark goes, the paragraph stays, last or between paragraphs.
#[test]
fn an_advertorials_mark_is_no_photo_credit() {
    let last = "Festival ini diharapkan menjadi wadah untuk memperkenalkan budaya kesultanan di Indonesia.";
    for page in [
        format!("{}\n\n{last} (ADV/DisdikbudKukar)\n\nRelated Articles\n\nBack to top button\n", page("Dua.")),
        page(&format!("{last} (ADV/Diskominfo)")),
    ] {
        let cleaned = common::pipeline().clean_str(&page);
        assert!(cleaned.text.contains(last), "{}", cleaned.text);
        assert!(!cleaned.text.to_lowercase().contains("(adv"), "{}", cleaned.text);
        assert!(cleaned.metadata.captions.is_empty(), "{:?}", cleaned.metadata.captions);
    }
}

/// A reporter's number after the last sentence (`(K-08)`) is a newsroom code too.
#[test]
fn a_reporters_number_after_the_last_sentence_goes() {
    let cleaned = common::pipeline().clean_str(&format!("{} (K-08)", page("Dua.")));
    assert!(cleaned.text.trim_end().ends_with("ujar dia."), "{}", cleaned.text);
}

/// The end mark glued to the last sentence (`ucapnya.***`) and an editor's initials alone on the
/// line after the article (`(FRI)`) are newsroom codes too.
#[test]
fn an_end_mark_and_initials_alone_after_the_article_go() {
    let cleaned = common::pipeline().clean_str(&format!("{}***\n\n(FRI)\n", page("Dua.")));
    assert_eq!(cleaned.text.trim_end(), page("Dua."));
}

/// The page's `<title>` (the headline, a dash, the site's name) above the headline itself: the
/// copy with the name goes and the name is the site, though the headline also reads as the
/// copy cut short.
#[test]
fn a_title_with_the_sites_name_after_it_goes_before_the_title() {
    let title = "Tujuh Penyanyi Dangdut yang Menuai Kontroversi, Nomor Enam Bikin Geleng Kepala";
    let cleaned = common::pipeline().clean_str(&format!("{title} - JagoDangdut\n\n{title}\n\n{}", page("Dua.")));
    assert_eq!(cleaned.metadata.title.as_deref(), Some(title));
    assert_eq!(cleaned.metadata.site.as_deref(), Some("JagoDangdut"));
    assert!(cleaned.text.starts_with(&format!("{title}\n\n")), "{}", cleaned.text);
}

/// Where each person stands in a photo is said only in its caption: such a line is a caption,
/// with no credit.
#[test]
fn a_line_that_says_who_stands_where_is_a_caption() {
    let caption = "Gubernur Rusli Habibie (kanan) memasang tanda pangkat kepada Bupati Indra Yasin.";
    let cleaned = common::pipeline().clean_str(&page(caption));
    assert!(!cleaned.text.contains("Rusli"), "{}", cleaned.text);
    assert_eq!(cleaned.metadata.captions[0].text, caption);
    assert_eq!(cleaned.metadata.captions[0].credit, None);
}

/// A paragraph that reports speech is the article's, whatever credit in brackets ends it: a
/// caption says what a photo shows and quotes no one (`Selanjutnya, tambah dia, ...`). The credit
/// is the writer's, and goes.
#[test]
fn a_paragraph_with_a_speech_tag_is_no_caption() {
    let said = "Selanjutnya, tambah dia, bantuan akan disalurkan ke Kampung Skouw Sae, Kampung Skouw Mabo dan \
                Kampung Holtekamp.";
    let cleaned = common::pipeline().clean_str(&page(&format!("{said} (Elsye Sanyi /Sumber Harian Pagi Papua)")));
    assert_eq!(cleaned.text, format!("{}\n", page(said)));
    assert!(cleaned.metadata.captions.is_empty());
}

/// A law cited after a sentence (`UU 1/1974`, its number and year) has a credit's slash but
/// names no one who took a photo: the paragraph stays whole.
#[test]
fn a_laws_number_and_year_after_a_sentence_is_no_credit() {
    let paragraph = "2. Gugatan hak asuh atas anak dapat diajukan bersamaan dengan gugatan cerai, bisa juga secara \
                     terpisah, diatur dalam pasal 41 huruf a. UU 1/1974.";
    let cleaned = common::pipeline().clean_str(&page(paragraph));
    assert!(cleaned.text.contains(paragraph), "{}", cleaned.text);
    assert!(cleaned.metadata.captions.is_empty());
}
