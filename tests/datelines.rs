//! The datelines Indonesian news sites open their articles with (SPEC: datelines that open the
//! first paragraph) go, and what they name is lifted: the place to `dateline`, the site to `site`.

mod common;

const BODY: &str = "Pemerintah daerah menyiapkan posko pengungsian di tiga kecamatan yang terdampak banjir \
                    sejak Jumat malam, kata kepala badan penanggulangan bencana.";
const MORE: &str = "Warga diminta tetap waspada karena hujan deras diperkirakan masih turun hingga akhir pekan.";

#[test]
fn each_sites_dateline_goes_and_names_its_place_and_site() {
    let pipeline = common::pipeline();
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        ("Liputan6.com, Jakarta - ", Some("Liputan6.com"), Some("Jakarta")),
        ("Jakarta, CNN Indonesia -- ", Some("CNN Indonesia"), Some("Jakarta")),
        ("REPUBLIKA.CO.ID, JAKARTA -- ", Some("REPUBLIKA.CO.ID"), Some("JAKARTA")),
        ("Bisnis.com, JAKARTA — ", Some("Bisnis.com"), Some("JAKARTA")),
        ("KONTAN.CO.ID - JAKARTA. ", Some("KONTAN.CO.ID"), Some("JAKARTA")),
        ("RAKYATMALUKU.CO.ID — AMBON — ", Some("RAKYATMALUKU.CO.ID"), Some("AMBON")),
        ("Suara.com - ", Some("Suara.com"), None),
        ("SURABAYA, KOMPAS.com — ", Some("KOMPAS.com"), Some("SURABAYA")),
        ("JAKARTA - ", None, Some("JAKARTA")),
        ("tirto.id - ", Some("tirto.id"), None),
        ("pariamannews - ", Some("pariamannews"), None),
        ("PALU, SULTENGNEWS || ", Some("SULTENGNEWS"), Some("PALU")),
        ("Pemalang - Cakrawala Online, ", Some("Cakrawala Online"), Some("Pemalang")),
        ("Palu - metrosulawesi.id, ", Some("metrosulawesi.id"), Some("Palu")),
        ("Pasuruan (mimbardesa) – ", Some("mimbardesa"), Some("Pasuruan")),
        ("Jakarta, IDN Times - ", Some("IDN Times"), Some("Jakarta")),
        ("Bandung (ANTARA) - ", Some("ANTARA"), Some("Bandung")),
        ("JAKARTA, iNews.id - ", Some("iNews.id"), Some("JAKARTA")),
        ("TEMPO.CO, Jakarta - ", Some("TEMPO.CO"), Some("Jakarta")),
        ("Medcom.id, Jakarta: ", Some("Medcom.id"), Some("Jakarta")),
        ("Jakarta: ", None, Some("Jakarta")),
        ("Jakarta Pusat: ", None, Some("Jakarta Pusat")),
        ("Samarinda. ", None, Some("Samarinda")),
        ("Harianjogja.com, JOGJA—", Some("Harianjogja.com"), Some("JOGJA")),
        ("Jakarta, Kompas - ", Some("Kompas"), Some("Jakarta")),
        ("TRIBUN-MEDAN.com, MEDAN - ", Some("TRIBUN-MEDAN.com"), Some("MEDAN")),
        ("SURYA.co.id | SURABAYA - ", Some("SURYA.co.id"), Some("SURABAYA")),
        ("Tegal Kota| ", None, Some("Tegal Kota")),
        ("LIMBOTO|mediasulutgo.com — ", Some("mediasulutgo.com"), Some("LIMBOTO")),
        ("Labuhanbatu Selatan, kabari.net– ", Some("kabari.net"), Some("Labuhanbatu Selatan")),
        ("Taliwang, – ", None, Some("Taliwang")),
        ("MEDAN (bareskrim.com) | ", Some("bareskrim.com"), Some("MEDAN")),
        ("WahanaNews.co | ", Some("WahanaNews.co"), None),
        ("hazdo.web.id – ", Some("hazdo.web.id"), None),
        ("MALANG- ", None, Some("MALANG")),
        ("BORNEONEWS, Kuala Pembuang - ", Some("BORNEONEWS"), Some("Kuala Pembuang")),
        ("LABURANEWS | LABURA - ", Some("LABURANEWS"), Some("LABURA")),
        ("TABANAN, Breaking-news.co.id | ", Some("Breaking-news.co.id"), Some("TABANAN")),
        ("YOGYAKARTA– ", None, Some("YOGYAKARTA")),
        ("Gorontalo,  (ANTARA GORONTALO) - ", Some("ANTARA GORONTALO"), Some("Gorontalo")),
        ("KAJEN, (HUMAS) — ", Some("HUMAS"), Some("KAJEN")),
        ("PEKANBARU(CR)-", Some("CR"), Some("PEKANBARU")),
        ("SERANG, (KB).- ", Some("KB"), Some("SERANG")),
        ("Jakarta [Humas Kemenag Kota] — ", Some("Humas Kemenag Kota"), Some("Jakarta")),
        ("Lampung Barat//kabarlampung.com – ", Some("kabarlampung.com"), Some("Lampung Barat")),
        ("MAKASSAR, Bisniswisata.co.id: ", Some("Bisniswisata.co.id"), Some("MAKASSAR")),
        ("TULANG BAWANG BARAT – ", None, Some("TULANG BAWANG BARAT")),
        ("Kab. Pekalongan – ", None, Some("Kab. Pekalongan")),
        ("TANJUNGSARI, Diskominfo Lamsel – ", Some("Diskominfo Lamsel"), Some("TANJUNGSARI")),
        // A site named in two words before a bar; the place with its province's short name.
        ("Kupang-NTT, Garda Indonesia | ", Some("Garda Indonesia"), Some("Kupang-NTT")),
        ("Rembang, 5NEWS.CO.ID,- ", Some("5NEWS.CO.ID"), Some("Rembang")),
        // A comma before the dash after the place; a regional desk's subdomain.
        ("MEGAPOLITANPOS.COM, Jakarta,— ", Some("MEGAPOLITANPOS.COM"), Some("Jakarta")),
        ("ntt.tribratanews.com, - ", Some("ntt.tribratanews.com"), None),
        // A site's name in one word of capitals before a known place.
        ("TIMESINDONESIA, MALANG – ", Some("TIMESINDONESIA"), Some("MALANG")),
        // A province's short name after the place is part of the dateline, not a site.
        ("Kota Kupang, NTT — ", None, Some("Kota Kupang, NTT")),
        ("Mandailing Natal, Sumatera Utara - ", None, Some("Mandailing Natal, Sumatera Utara")),
        // The dash after the site lost, its name glued to the first word.
        ("Liga-123.com", Some("Liga-123.com"), None),
        // The dash after the place lost, the place glued to the first word.
        ("CANTIKA.COM, Jakarta", Some("CANTIKA.COM"), Some("Jakarta")),
        // A site's name where a place stands is the site.
        ("JagoDangdut – ", Some("JagoDangdut"), None),
        ("VIVAnews - ", Some("VIVAnews"), None),
        ("SULAWESINEWS– ", Some("SULAWESINEWS"), None),
        ("Malutzone – ", Some("Malutzone"), None),
        // A colon where the dash stands, after the site in brackets or its initials.
        ("TAHUNA (BK) : ", Some("BK"), Some("TAHUNA")),
        ("MEDAN (Waspada): ", Some("Waspada"), Some("MEDAN")),
        ("Medan-BP: ", Some("BP"), Some("Medan")),
        // A broadcaster's code before the place.
        ("KBRN, Ambon: ", Some("KBRN"), Some("Ambon")),
        // A long or double dash glued to the first word.
        ("PURWOREJO—", None, Some("PURWOREJO")),
        ("REPUBLIKA.CO.ID, PADANG--", Some("REPUBLIKA.CO.ID"), Some("PADANG")),
        // Schools' and other domains.
        ("smpn1.sch.id - ", Some("smpn1.sch.id"), None),
        ("Tebuireng.online– ", Some("Tebuireng.online"), None),
        // The site's address whole.
        ("http://binangun-singgahan.desa.id – ", Some("binangun-singgahan.desa.id"), None),
        // A place in a sentence's case after the site and its dash.
        ("SIGMANEWS.ID – Jakarta, ", Some("SIGMANEWS.ID"), Some("Jakarta")),
        // A stop between the site's name and the place.
        ("JATENGPOS.CO.ID. UNGARAN- ", Some("JATENGPOS.CO.ID"), Some("UNGARAN")),
        // The dash after the place lost.
        ("Liputan6.com, Jakarta ", Some("Liputan6.com"), Some("Jakarta")),
        // The site's initials in brackets after its name.
        ("BERTUAHPOS.COM (BPC), PEKANBARU – ", Some("BERTUAHPOS.COM"), Some("PEKANBARU")),
        // Kontan's place and its stop, without the site's name.
        ("JAKARTA. ", None, Some("JAKARTA")),
        // The dateline on a line of its own, the body below it.
        ("Jakarta, Insertlive -\n\n", Some("Insertlive"), Some("Jakarta")),
        // A place in capitals glued to the sentence after its dash, alone or after the site.
        ("BUNTOK-", None, Some("BUNTOK")),
        ("radarjambi.co.id-KOTA JAMBI-", Some("radarjambi.co.id"), Some("KOTA JAMBI")),
        // A comma between the site's name and the place, the dash glued to the place.
        ("SEKOJA.CO.ID, Muarojambi- ", Some("SEKOJA.CO.ID"), Some("Muarojambi")),
        ("Harianjogja.com, JOGJA-", Some("Harianjogja.com"), Some("JOGJA")),
    ];
    for &(dateline, site, place) in cases {
        let cleaned =
            pipeline.clean_str(&format!("Banjir Melanda Tiga Kecamatan di Pesisir\n\n{dateline}{BODY}\n\n{MORE}"));
        assert_eq!(
            cleaned.text,
            format!("Banjir Melanda Tiga Kecamatan di Pesisir\n\n{BODY}\n\n{MORE}\n"),
            "{dateline}"
        );
        assert_eq!(cleaned.metadata.site.as_deref(), site, "{dateline}");
        assert_eq!(cleaned.metadata.dateline.as_deref(), place, "{dateline}");
    }
}

/// A place, a comma and a capitalised word before a dash name a site only when an article's
/// sentence follows: `Jakarta, Bandung - dua kota ...` is a sentence of its own.
#[test]
fn two_places_before_a_dash_are_not_a_dateline() {
    let sentence = "Jakarta, Bandung - dua kota besar itu dilanda banjir kemarin sore menurut laporan warga \
                    setempat yang melihat air naik.";
    let cleaned = common::pipeline().clean_str(&format!("Banjir Melanda Dua Kota\n\n{sentence}\n\n{MORE}"));
    assert_eq!(cleaned.text, format!("Banjir Melanda Dua Kota\n\n{sentence}\n\n{MORE}\n"));
    assert_eq!(cleaned.metadata.dateline, None);
}

/// A party's acronym with its name after a dash (`PDI-Perjuangan`) opens a sentence; a place in
/// capitals glued to the sentence after its dash has four letters or more.
#[test]
fn an_acronym_glued_to_a_name_is_not_a_dateline() {
    let sentence = "PDI-Perjuangan menggelar rapat kerja daerah di Semarang pada Sabtu untuk membahas persiapan \
                    pemilihan kepala daerah tahun depan.";
    let cleaned = common::pipeline().clean_str(&format!("Banjir Melanda Dua Kota\n\n{sentence}\n\n{MORE}"));
    assert_eq!(cleaned.text, format!("Banjir Melanda Dua Kota\n\n{sentence}\n\n{MORE}\n"));
    assert_eq!(cleaned.metadata.dateline, None);
}

/// Sentences thick with names hold few function words (`Korban bernama I Gusti Putu Supardi
/// (62), warga Banjar Dinas Bajera, Tabanan.`): they do not part the body's prose, so the
/// dateline opening such a sentence above them still opens the body and goes.
#[test]
fn sentences_thick_with_names_do_not_move_the_body_away_from_its_dateline() {
    let lede = "Kecelakaan maut terjadi di jalur utama Denpasar–Gilimanuk, tepatnya di depan Toko Dayu Collection, \
                Banjar Dinas Berembeng, Desa Berembeng, Kecamatan Selemadeg, Kabupaten Tabanan, Rabu (8/10/2025) sore.";
    let names = [
        "Korban diketahui bernama I Gusti Putu Supardi (62), warga Banjar Dinas Bajera Jero, Desa Bajera, \
         Selemadeg, Tabanan. Ia mengendarai sepeda motor Honda Supra DK 5199 GBH tanpa helm standar.",
        "Pengemudi truk Hino Tronton Box L 9078 UG bernama Budi Minariadi (61), asal Malang, Jawa Timur, \
         dilaporkan selamat.",
    ];
    let long = format!("{MORE} {MORE} {MORE}");
    let page = format!(
        "Banjir Melanda Tiga Kecamatan di Pesisir\n\nTABANAN - {lede}\n\n{BODY}\n\n{}\n\n{}\n\n{long}\n\n{long}\n",
        names[0], names[1]
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert!(cleaned.text.contains(&format!("\n\n{lede}\n\n")), "{}", cleaned.text);
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("TABANAN"));
    assert!(cleaned.text.contains(names[1]));
}

/// Tribun's reporter line glued to the dateline after it: the name ends where the site's capitals
/// begin.
#[test]
fn a_reporter_line_glued_to_the_dateline_names_the_writer() {
    let page = format!(
        "Banjir Melanda Tiga Kecamatan di Pesisir\n\nLaporan Wartawan Tribun Jatim Network, Febrianto \
         RamadaniTRIBUNNEWS.COM, SIDOARJO - {BODY}\n\n{MORE}"
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.text, format!("Banjir Melanda Tiga Kecamatan di Pesisir\n\n{BODY}\n\n{MORE}\n"));
    assert_eq!(cleaned.metadata.authors, ["Febrianto Ramadani"]);
    assert_eq!(cleaned.metadata.site.as_deref(), Some("TRIBUNNEWS.COM"));
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("SIDOARJO"));
}

/// Some sites write an article as many short paragraphs of one sentence each. A short sentence
/// between two paragraphs of prose is still the article, so the body starts at the paragraph
/// that opens with the dateline, and the dateline goes.
#[test]
fn short_one_sentence_paragraphs_keep_the_body_at_its_dateline() {
    let page = "Harga Cabai Rawit di Pasar Tradisional Naik Dua Kali Lipat\n\n\
                JAKARTA - Harga cabai rawit di sejumlah pasar tradisional naik hingga dua kali lipat dalam sepekan terakhir.\n\n\
                Pedagang menyebut pasokan berkurang.\n\n\
                Hujan deras merusak tanaman.\n\n\
                Harga di tingkat petani pun ikut naik sejak awal bulan ini, kata seorang pedagang di pasar induk.\n\n\
                Stok mulai menipis.\n\n\
                Pembeli mulai berkurang.\n\n\
                Pemerintah daerah berjanji akan menggelar operasi pasar dalam waktu dekat untuk menekan harga.\n\n\
                Warga diminta tidak panik.\n\n\
                Pedagang pun menunggu.\n\n\
                Operasi pasar akan digelar di lima kecamatan yang harganya paling tinggi menurut catatan dinas.\n\n\
                Pedagang berharap pasokan dari luar daerah segera masuk agar harga kembali normal seperti bulan lalu.\n\n\
                Pembeli pun mulai mengurangi belanja cabai dan beralih ke cabai kering yang harganya lebih stabil.\n";
    let cleaned = common::pipeline().clean_str(page);
    assert!(cleaned.text.contains("\n\nHarga cabai rawit di sejumlah pasar tradisional naik"), "{}", cleaned.text);
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("JAKARTA"));
    assert!(cleaned.text.contains("\n\nHujan deras merusak tanaman.\n\n"));
}

/// Tribun's sites print a photo's caption as a label in capitals, a dash and a description just
/// above the dateline that names the site: the caption goes to `captions`, and the dateline below
/// it, not the label, is the article's, whichever way the dateline names the site.
#[test]
fn a_caption_label_above_a_sites_dateline_is_the_caption_not_the_dateline() {
    let caption = "BANJIR BANDANG - Warga mengungsi dari rumah yang terendam di Kecamatan Sikur, Kamis (11/9/2025).";
    for (dateline, site) in
        [("TRIBUN-TIMUR.COM, MAKASSAR – ", "TRIBUN-TIMUR.COM"), ("MAKASSAR, Tribun-timur.com: ", "Tribun-timur.com")]
    {
        let page = format!("Banjir Melanda Tiga Kecamatan di Pesisir\n\n{caption}\n\n{dateline}{BODY}\n\n{MORE}\n");
        let cleaned = common::pipeline().clean_str(&page);
        assert_eq!(cleaned.text, format!("Banjir Melanda Tiga Kecamatan di Pesisir\n\n{BODY}\n\n{MORE}\n"));
        assert_eq!(cleaned.metadata.dateline.as_deref(), Some("MAKASSAR"), "{dateline}");
        assert_eq!(cleaned.metadata.site.as_deref(), Some(site), "{dateline}");
        assert_eq!(cleaned.metadata.captions.len(), 1, "{dateline}");
        assert_eq!(cleaned.metadata.captions[0].text, caption, "{dateline}");
    }
}

/// A regional daily's caption is a label in capitals, a dash and a sentence, with the
/// photographer's name on a line below it; the article's own dateline, a place and a dash, follows.
/// The label is no place: the caption goes, and the dateline below it is the article's. A place
/// with a dash above another dateline stays the article's.
#[test]
fn a_caption_label_above_a_places_dateline_is_the_caption() {
    let caption = "SERAHKAN BANTUAN – Bupati menyerahkan bantuan untuk korban banjir di Kecamatan Sikur, kemarin.";
    let page = format!(
        "Banjir Melanda Tiga Kecamatan di Pesisir\n\n{caption}\nMUHAMMAD HADIYAN\n\nKAJEN – {BODY}\n\n{MORE}\n"
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.text, format!("Banjir Melanda Tiga Kecamatan di Pesisir\n\n{BODY}\n\n{MORE}\n"));
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("KAJEN"));
    assert_eq!(cleaned.metadata.captions[0].text, caption);

    let lede = "SURABAYA – Bupati menyerahkan bantuan untuk korban banjir di Kecamatan Sikur, kemarin.";
    let page = format!("Banjir Melanda Tiga Kecamatan di Pesisir\n\n{lede}\n\nKAJEN – {BODY}\n\n{MORE}\n");
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("SURABAYA"));
    assert!(cleaned.text.contains("\n\nBupati menyerahkan bantuan"), "{}", cleaned.text);
}

/// A list the article introduces (`berikut adalah ...:`) is the article's too, however short its
/// items: the paragraphs above and below it are one body, which opens with the dateline, even
/// when more of the article stands below the list than above it.
#[test]
fn a_list_inside_the_article_keeps_the_body_at_its_dateline() {
    let above = [
        "Jumlah pengungsi akibat banjir di Kabupaten Lombok Timur kembali bertambah pada pekan ini. Badan \
         penanggulangan bencana mencatat bahwa jumlah warga yang mengungsi naik sebanyak 124 jiwa dibandingkan \
         pekan sebelumnya.",
        "Kenaikan ini memberikan beban tambahan bagi posko pengungsian, khususnya mereka yang menampung warga \
         lanjut usia. Menurut laporan badan itu, kebutuhan selimut dan makanan siap saji terus meningkat.",
        "Berdasarkan hasil pendataan, berikut adalah jumlah pengungsi di Kabupaten Lombok Timur menurut \
         kecamatan hingga Sabtu pagi:",
    ];
    let items: String = [("Sikur", 120), ("Masbagik", 98), ("Aikmel", 87), ("Sakra", 76), ("Keruak", 65)]
        .iter()
        .chain(&[("Jerowaru", 54), ("Suela", 43), ("Suralaga", 32)])
        .map(|(district, people)| format!("  • Kecamatan {district}: {people} jiwa\n"))
        .collect();
    let below = [
        "Bagi warga yang mengungsi, kondisi posko menjadi tantangan serius. Hujan yang turun setiap malam membuat \
         tenda basah, dan banyak anak mulai jatuh sakit karena udara dingin. Banyak keluarga mengandalkan bantuan \
         dari relawan, sehingga kekurangan pasokan langsung terasa di posko. Relawan dari berbagai daerah terus \
         berdatangan membawa bantuan, tetapi jumlahnya belum mencukupi kebutuhan semua posko yang ada.",
        "\"Setiap bantuan sangat berarti bagi kami yang mengungsi,\" ujar salah satu warga. \"Kalau hujan terus \
         turun, kami tidak tahu kapan bisa pulang dan membersihkan rumah kami.\" Ia menambahkan bahwa warga berharap \
         pemerintah segera memperbaiki tanggul yang jebol agar banjir tidak datang lagi.",
        "Pemerintah daerah, melalui dinas sosial, terus memantau kebutuhan pengungsi dan faktor-faktor yang \
         memengaruhinya, seperti cuaca, akses jalan, dan jumlah relawan.",
    ];
    let page = format!(
        "Jumlah Pengungsi Banjir Lombok Timur Bertambah Lagi\n\nLombok Timur, – {}\n\n{}\n\n{}\n\n{items}\n{}\n",
        above[0],
        above[1],
        above[2],
        below.join("\n\n")
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert!(cleaned.text.contains(&format!("\n\n{}\n\n", above[0])), "{}", cleaned.text);
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("Lombok Timur"));
    assert!(cleaned.text.contains("• Kecamatan Suralaga: 32 jiwa"));
}

/// A teaser glued before the agency's dateline (`... trofinya di BaliJakarta (ANTARA) - `) goes
/// with it, and the place is the dateline's word alone: a place is written in one case.
#[test]
fn a_teaser_glued_before_an_agency_dateline_goes_and_leaves_the_place_whole() {
    let teaser = "Banyak anak Bali yang menjadi legenda basket Indonesia, alasan FIBA menempatkan trofinya di Bali";
    let cleaned = common::pipeline()
        .clean_str(&format!("Banjir Melanda Tiga Kecamatan di Pesisir\n\n{teaser}Jakarta (ANTARA) - {BODY}\n\n{MORE}"));
    assert_eq!(cleaned.text, format!("Banjir Melanda Tiga Kecamatan di Pesisir\n\n{BODY}\n\n{MORE}\n"));
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("Jakarta"));
    assert_eq!(cleaned.metadata.site.as_deref(), Some("ANTARA"));
}

/// On a page flattened to one line, the byline and share buttons run into a place in capitals
/// (`... Share on Linkedin Ilustrasi KENDARI, RIGHTNEWS.COM – `): they go with the dateline, and
/// the place is its capitals alone.
#[test]
fn words_run_into_a_place_in_capitals_are_no_part_of_the_dateline() {
    let header = "Posted on May 3, 2021 580 Share on Facebook Share on Linkedin Ilustrasi";
    let cleaned = common::pipeline().clean_str(&format!(
        "Banjir Melanda Tiga Kecamatan di Pesisir\n\n{header} KENDARI, RIGHTNEWS.COM – {BODY}\n\n{MORE}"
    ));
    assert_eq!(cleaned.text, format!("Banjir Melanda Tiga Kecamatan di Pesisir\n\n{BODY}\n\n{MORE}\n"));
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("KENDARI"));
    assert_eq!(cleaned.metadata.site.as_deref(), Some("RIGHTNEWS.COM"));
}

/// Tribun prints a summary above the byline, then the photo's credit on a line of its own and
/// its caption, then the dateline: a credit's one word is no step away from the body's start, so
/// the dateline is still found, and the summary above it, a copy of a paragraph below, goes.
#[test]
fn a_summary_and_a_photo_credit_above_the_dateline_keep_it_in_reach() {
    let summary = "Dijelaskan, angin cukup kencang sehingga hasil tangkapan kecil, sementara biaya operasional tinggi.";
    let caption = "Seorang nelayan memantau situasi perairan di Desa Hitu, Kecamatan Leihitu, Kabupaten Maluku Tengah";
    let page = format!(
        "Nelayan Tak Melaut Karena Cuaca Buruk\n\n{summary}\n\nEditor: Fandi Wattimena\nTribunAmbon.com\n{caption}\n\n\
         Laporan Wartawan TribunAmbon.com, Maula Pelu\n\nAMBON, TRIBUNAMBON.COM - {BODY}\n\n{MORE}\n\n{summary}\n"
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert!(cleaned.text.ends_with(&format!("\n\n{BODY}\n\n{MORE}\n\n{summary}\n")), "{}", cleaned.text);
    assert_eq!(cleaned.text.matches(summary).count(), 1, "{}", cleaned.text);
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("AMBON"));
}

/// Tribun's captions end on the day the photo was taken (`..., Rabu (15/11/2023)`), with no label:
/// above the dateline that names the site such a line is the caption, whether a title stands above
/// it or the page opens with it (a scrape that kept only the article's body).
#[test]
fn a_dated_description_above_a_sites_dateline_is_the_caption() {
    let caption = "Warga mengungsi dari rumah yang terendam di Kecamatan Sikur, Kamis (11/9/2025)";
    for title in ["Banjir Melanda Tiga Kecamatan di Pesisir\n\n", ""] {
        let page = format!("{title}{caption}\n\nTRIBUNNEWS.COM, MATARAM - {BODY}\n\n{MORE}\n");
        let cleaned = common::pipeline().clean_str(&page);
        assert_eq!(cleaned.text, format!("{title}{BODY}\n\n{MORE}\n"));
        assert_eq!(cleaned.metadata.dateline.as_deref(), Some("MATARAM"));
        assert_eq!(cleaned.metadata.captions.len(), 1);
        assert_eq!(cleaned.metadata.captions[0].text, caption);
    }
}

/// A scrape that kept only the body can open with the caption and the dateline's paragraph far
/// above the longest run of prose (readers' comments quoted one a line between them): the
/// caption goes and the dateline still opens the article.
#[test]
fn a_page_opening_with_a_caption_above_the_dateline_far_from_the_body() {
    let caption = "Warga mengungsi dari rumah yang terendam di Kecamatan Sikur, Kamis (11/9/2025)";
    let lede = "Banjir merendam tiga kecamatan di pesisir sejak Kamis malam.";
    let comments = "Lewat akun media sosialnya, bupati mengaku ikut turun ke lokasi.\n\"Kami terus memantau\n\
                    Air sudah surut di beberapa titik.\" tulis bupati.\n\"Gak jadi datang ke posko, ternyata jauh.\"\n\
                    \"Kok bupati baru datang sekarang, kami sudah tiga hari di sini.\"\n\"Semoga cepat surut\"\n\
                    \"Bantuan belum sampai ke desa kami??\"\n\"SEDIKIT KECEWA MELIHAT PELAYANAN POSKO\"\n\
                    Namun ada juga warganet yang membela bupati";
    let body = [BODY, MORE, BODY, MORE].join("\n");
    let page = format!("{caption}\nTRIBUNNEWS.COM, MATARAM - {lede}\n{comments}\n{body}\n");
    let cleaned = common::pipeline().clean_str(&page);
    assert!(cleaned.text.starts_with(&format!("{lede}\n\n")), "{}", cleaned.text);
    assert_eq!(cleaned.metadata.site.as_deref(), Some("TRIBUNNEWS.COM"));
    assert_eq!(cleaned.metadata.captions.len(), 1);
}

/// Kontan's credit line glued to the dateline after it, all on the body's first line: the
/// editor's name ends where the site's capitals begin, and the paragraph after it stays whole.
#[test]
fn a_credit_line_glued_to_the_dateline_names_writer_and_editor() {
    let page = format!(
        "Reporter: Selvi Mayasari | Editor: Putri Werdiningsih KONTAN.CO.ID-JAKARTA. {BODY} Kepala BPBD menyebut \
         tiga posko telah berdiri.\n\n{MORE}"
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.text, format!("{BODY} Kepala BPBD menyebut tiga posko telah berdiri.\n\n{MORE}\n"));
    assert_eq!(cleaned.metadata.authors, ["Selvi Mayasari"]);
    assert_eq!(cleaned.metadata.editors, ["Putri Werdiningsih"]);
    assert_eq!(cleaned.metadata.site.as_deref(), Some("KONTAN.CO.ID"));
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("JAKARTA"));
}

/// A capitalised name, a comma, capitals and a hyphen inside a list (`UK Kesenian, UK KSR-PMI`)
/// look like `Place, SITE -`; but a sentence that runs on past a comma into them is the
/// article's, and it stays whole.
#[test]
fn a_list_of_names_inside_a_sentence_is_no_dateline() {
    let list = "Adapun unit kegiatan mahasiswa di kampus itu, yakni UK Resimen Mahasiswa, UK Pramuka, \
                UK Olahraga, UK Kesenian, UK KSR-PMI, dan UK Film.";
    let page = format!("Rektor Lantik Pengurus Unit Kegiatan Mahasiswa\n\n{BODY}\n\n{list}\n\n{MORE}");
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.text, format!("Rektor Lantik Pengurus Unit Kegiatan Mahasiswa\n\n{BODY}\n\n{list}\n\n{MORE}\n"));
    assert_eq!(cleaned.metadata.site, None);
}

/// A summary box's points above the dateline (`Intinya sih...` and its bullets) are one step of
/// the dateline's search, however many: the dateline under them is found.
#[test]
fn a_dateline_under_a_summary_boxs_points_is_found() {
    let points = [
        "• Posko pengungsian disiapkan di tiga kecamatan yang terdampak banjir sejak Jumat malam.",
        "• Hujan deras diperkirakan masih turun hingga akhir pekan di seluruh wilayah pesisir.",
        "• Bantuan logistik berupa beras dan air bersih telah disalurkan ke seluruh posko.",
        "• Warga diminta tetap waspada dan mengikuti arahan petugas di lapangan.",
    ];
    let page = format!(
        "Banjir Melanda Tiga Kecamatan di Pesisir\n\nIntinya sih...\n\n{}\n\nJakarta, IDN Times - {BODY}\n\n{MORE}",
        points.join("\n\n")
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert!(cleaned.text.contains(&format!("\n\n{BODY}\n\n")), "{}", cleaned.text);
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("Jakarta"));
    assert_eq!(cleaned.metadata.site.as_deref(), Some("IDN Times"));
}

/// Police and government newsrooms set the day of the report in the dateline (`Minahasa, 31
/// Agustus 2025 – `): the place is the dateline and the day is `published`.
#[test]
fn a_dateline_with_the_day_of_the_report_goes_and_lifts_both() {
    for (dateline, place, day) in [
        ("Minahasa, 31 Agustus 2025 – ", "Minahasa", "2025-08-31"),
        ("JAKARTA, Senin, 1/9/2025 - ", "JAKARTA", "2025-09-01"),
    ] {
        let cleaned = common::pipeline()
            .clean_str(&format!("Banjir Melanda Tiga Kecamatan di Pesisir\n\n{dateline}{BODY}\n\n{MORE}"));
        assert_eq!(
            cleaned.text,
            format!("Banjir Melanda Tiga Kecamatan di Pesisir\n\n{BODY}\n\n{MORE}\n"),
            "{dateline}"
        );
        assert_eq!(cleaned.metadata.dateline.as_deref(), Some(place));
        assert_eq!(cleaned.metadata.published.as_deref(), Some(day));
    }
}
