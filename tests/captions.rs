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
            "Banjir setinggi pinggang. Warga mengungsi? / Foto: (dok.ist)",
            "Banjir setinggi pinggang. Warga mengungsi?",
            "dok.ist",
        ),
        ("Ilustrasi Gedung DPR/MPR. Sumber: Wikimedia", "Ilustrasi Gedung DPR/MPR.", "Wikimedia"),
        (
            "Pelatih debutan yang berpotensi sukses. Grafis: Tim/Indosport.com",
            "Pelatih debutan yang berpotensi sukses.",
            "Tim/Indosport.com",
        ),
    ] {
        let cleaned = pipeline.clean_str(&page(caption));
        assert!(!cleaned.text.contains(&caption[caption.len() - 8..]), "{caption}: {}", cleaned.text);
        let lifted = &cleaned.metadata.captions;
        assert_eq!(lifted.len(), 1, "{caption}: {lifted:?}");
        assert_eq!(lifted[0].text, text);
        assert_eq!(lifted[0].credit.as_deref(), Some(credit));
    }
}
