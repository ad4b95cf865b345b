//! Headlines of other articles that a page appends after the body are dropped (SPEC: lists of
//! other headlines), also when they have a colon; a list of the article's own figures is kept.

mod common;

const BODY: &str = "Pemerintah daerah menyiapkan posko pengungsian di tiga kecamatan yang terdampak \
                    banjir sejak Jumat malam, kata kepala badan penanggulangan bencana.\n\n\
                    Warga diminta tetap waspada karena hujan deras diperkirakan masih turun hingga \
                    akhir pekan, ujar dia kepada wartawan di Bekasi.";

#[test]
fn a_headline_after_the_body_goes_also_with_a_colon() {
    let pipeline = common::pipeline();
    for headline in
        ["Waspada Banjir Susulan di Pesisir Utara Jawa", "Kenali Gejalanya: Demam Berdarah Bisa Datang Tiba-tiba"]
    {
        let cleaned = pipeline.clean_str(&format!("{BODY}\n\n{headline}"));
        assert_eq!(cleaned.text, format!("{BODY}\n"), "{headline}");
    }
}

#[test]
fn labelled_figures_after_the_body_stay() {
    let pipeline = common::pipeline();
    let figures = "Jawa Barat: 2.546 pengungsi\n\nJawa Tengah: 820 pengungsi\n\nSumber Data: BNPB Pusat";
    let cleaned = pipeline.clean_str(&format!("{BODY}\n\n{figures}"));
    assert!(cleaned.text.contains("Jawa Barat: 2.546 pengungsi\n\nJawa Tengah: 820 pengungsi"), "{}", cleaned.text);
}
