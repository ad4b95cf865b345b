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
        ("Suara.com - ", Some("Suara.com"), None),
        ("SURABAYA, KOMPAS.com — ", Some("KOMPAS.com"), Some("SURABAYA")),
        ("JAKARTA - ", None, Some("JAKARTA")),
        ("tirto.id - ", Some("tirto.id"), None),
        ("Jakarta, IDN Times - ", Some("IDN Times"), Some("Jakarta")),
        ("Bandung (ANTARA) - ", Some("ANTARA"), Some("Bandung")),
        ("JAKARTA, iNews.id - ", Some("iNews.id"), Some("JAKARTA")),
        ("TEMPO.CO, Jakarta - ", Some("TEMPO.CO"), Some("Jakarta")),
        ("Medcom.id, Jakarta: ", Some("Medcom.id"), Some("Jakarta")),
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
        ("TABANAN, Breaking-news.co.id | ", Some("Breaking-news.co.id"), Some("TABANAN")),
        ("YOGYAKARTA– ", None, Some("YOGYAKARTA")),
        ("Gorontalo,  (ANTARA GORONTALO) - ", Some("ANTARA GORONTALO"), Some("Gorontalo")),
        ("KAJEN, (HUMAS) — ", Some("HUMAS"), Some("KAJEN")),
        ("PEKANBARU(CR)-", Some("CR"), Some("PEKANBARU")),
        ("Jakarta [Humas Kemenag Kota] — ", Some("Humas Kemenag Kota"), Some("Jakarta")),
        ("Lampung Barat//kabarlampung.com – ", Some("kabarlampung.com"), Some("Lampung Barat")),
        // A site's name where a place stands is the site.
        ("JagoDangdut – ", Some("JagoDangdut"), None),
        ("VIVAnews - ", Some("VIVAnews"), None),
        ("SULAWESINEWS– ", Some("SULAWESINEWS"), None),
        ("Malutzone – ", Some("Malutzone"), None),
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
