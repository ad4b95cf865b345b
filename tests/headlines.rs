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

/// A list whose last item ends in a full stop reads like a line introducing what follows; the
/// items' form (labels with figures, or numbers) still says where the article's list ends.
#[test]
fn a_headline_under_the_articles_list_goes_and_the_list_stays() {
    let pipeline = common::pipeline();
    let intro = "Berikut jumlah pengungsi di setiap provinsi menurut data terakhir badan penanggulangan bencana:";
    let lists = [
        "Jawa Barat: 2.546 orang\n\nJawa Tengah: 820 orang\n\nBanten: 310 orang.",
        "1. Kabupaten Bekasi (2.546 orang)\n\n2. Kabupaten Karawang (820 orang)\n\n3. Kota Bekasi (310 orang).",
    ];
    for list in lists {
        let article = format!("{BODY}\n\n{intro}\n\n{list}");
        let headline = "Studi Inggris: Antibodi Bisa Bertahan Enam Bulan Pasca Terinfeksi";
        let cleaned = pipeline.clean_str(&format!("{article}\n\n{headline}"));
        assert_eq!(cleaned.text, format!("{article}\n"), "{list}");
        assert_eq!(cleaned.edits.iter().filter(|e| e.rule == "S002").count(), 1);
    }
}

/// A list without numbers or labels gives no form to tell its last item from a headline: what
/// follows the body's last paragraph, when it introduces a list, stays while every line reads
/// as a title. A headline under a list of another kind still goes.
#[test]
fn the_last_line_of_a_list_of_titles_stays() {
    let pipeline = common::pipeline();
    let intro = "Berikut film animasi yang tayang di bioskop pekan ini menurut jadwal resmi jaringan bioskop:";
    let list = "Raya and the Last Dragon\n\nTom and Jerry The Movie\n\nSpirit Untamed Kisah Kuda Liar";
    let article = format!("{BODY}\n\n{intro}\n\n{list}");
    assert_eq!(pipeline.clean_str(&article).text, format!("{article}\n"));
}

#[test]
fn a_headline_under_a_list_of_another_kind_goes() {
    let pipeline = common::pipeline();
    let intro = "Berikut sepuluh pencarian teratas seputar banjir di Indonesia menurut data mesin pencari:";
    let list = "Peta banjir Jakarta hari ini, cara lapor banjir, posko banjir terdekat, nomor darurat \
                banjir, ramalan cuaca pekan ini, bantuan banjir untuk warga, tinggi muka air sungai.";
    let article = format!("{BODY}\n\n{intro}\n\n{list}");
    let cleaned = pipeline.clean_str(&format!("{article}\n\nPandemi, Netizen Makin Sering Cari soal Cuaca di Google"));
    assert_eq!(cleaned.text, format!("{article}\n"));
}

/// A last paragraph thick with names, whose last sentence lost its stop (`... yang ke-79.Ucap
/// Agung Widya`), or a short outburst (`Halah, percuma! Mana didengar?`) is the article's: a
/// sentence ends inside it after a word in lower case, which no headline has.
#[test]
fn a_last_paragraph_with_a_sentence_end_inside_is_no_headline() {
    let pipeline = common::pipeline();
    let glued = "Terlebih, kegiatan KKN UPATMA ini bertepatan dengan Hari Kemerdekaan Indonesia yang ke-79.Ucap \
                 Agung Widya";
    // `punctuation` puts the space after the glued stop.
    let parted = glued.replace("79.Ucap", "79. Ucap");
    for (last, kept) in [
        (glued, parted.as_str()),
        ("Halah, percuma! Mana Didengar Pemerintah", "Halah, percuma! Mana Didengar Pemerintah"),
    ] {
        let cleaned = pipeline.clean_str(&format!("{BODY}\n\n{last}"));
        assert_eq!(cleaned.text, format!("{BODY}\n\n{kept}\n"), "{last}");
    }
}

/// A list of `name: value` items that the body introduces is the article's, in groups under
/// their headings, also where an item reads as a title (`Semen Padang: Eduardo Almeida
/// (Portugal)`) beside items that read as labels (`Perserang: Putut Wijanarko`, `Kalteng
/// Putra: ?`).
#[test]
fn a_list_of_named_items_in_groups_stays() {
    let pipeline = common::pipeline();
    let intro = "Berikut daftar pelatih kepala klub peserta kompetisi musim ini yang sudah diumumkan oleh \
                 manajemen masing-masing klub:";
    let list = "Sumatera\n\nPSPS Riau: Raja Isa (Malaysia)\n\nKalteng Putra: ?\n\nSemen Padang: Eduardo \
                Almeida (Portugal)\n\nBanten dan Jawa Barat\n\nPerserang: Putut Wijanarko\n\nPSKC Kota Cimahi \
                (promosi): Robby Darwis";
    let article = format!("{BODY}\n\n{intro}\n\n{list}");
    assert_eq!(pipeline.clean_str(&article).text, format!("{article}\n"));
}

/// `Pilihan Editor: <headline>` links another article, like `Baca juga:`; the `Editor:` in it is
/// no credit, and the article goes on after it.
#[test]
fn an_editors_pick_is_a_related_link_not_an_editor() {
    let pipeline = common::pipeline();
    let after = "Pedagang berharap operasi pasar bisa segera dimulai agar pembeli kembali datang ke \
                 pasar, karena dalam beberapa hari terakhir penjualan turun hampir separuh.";
    let pick = "Bulog Jamin Stok Beras Aman Sampai Lebaran";
    let cleaned = pipeline.clean_str(&format!("{BODY}\n\nPilihan Editor: {pick}\n\n{after}"));
    assert_eq!(cleaned.text, format!("{BODY}\n\n{after}\n"));
    assert_eq!(cleaned.metadata.related, [pick]);
    assert!(cleaned.metadata.editors.is_empty());
}

/// `Baca:` over a bulleted list of linked titles inside the article: the label and every item
/// go, each title to `related` without its bullet, and the article goes on after them.
#[test]
fn a_related_label_takes_its_bulleted_list_of_titles() {
    let pipeline = common::pipeline();
    let after = "Pedagang berharap operasi pasar bisa segera dimulai agar pembeli kembali datang ke \
                 pasar, karena dalam beberapa hari terakhir penjualan turun hampir separuh.";
    let titles = [
        "Pengendara Motor Tewas Ditabrak Truk di Pelamunan",
        "Kapolres Serang Tangani Langsung Tabrakan Beruntun 3 Motor",
        "ASN Tewas Setelah Motornya Diserempet Minibus di Alun-alun",
    ];
    let list: String = titles.iter().map(|t| format!("- {t}\n")).collect();
    let cleaned = pipeline.clean_str(&format!("{BODY}\n\nBaca:\n{list}\n{after}"));
    assert_eq!(cleaned.text, format!("{BODY}\n\n{after}\n"));
    assert_eq!(cleaned.metadata.related, titles);
}

/// The body's last paragraphs may be thick with names (winners of a contest), too few function
/// words to count as prose: they introduce no list, so the bulleted headlines below them are
/// still other articles'.
#[test]
fn headlines_under_paragraphs_thick_with_names_go() {
    let pipeline = common::pipeline();
    let names = "Sedangkan Syifa, Putri, Puput, dan Amel berhasil meraih juara 1 lomba lari estafet putri. \
                 Aqila mampu menjadi juara 2 pidato.\n\nAdapun lomba miniatur mampu ditaklukan oleh Mashel, \
                 Jaziilah, Dea dengan juara 3. Tim paduan suara dengan anggota Kingkit, Keysha, Salwa, Dara, \
                 Athaya, Thasya, Nabila, Selvitri, Vannia, Intan berhasil meraih juara 3.";
    let article = format!("{BODY}\n\n{names}");
    let cleaned = pipeline.clean_str(&format!(
        "{article}\n- Pemprov Jateng Segera Buat Aturan Khusus Soal PTM\n- Gubernur Resmikan Pasar Baru di Kota Semarang\n"
    ));
    assert_eq!(cleaned.text, format!("{article}\n"));
}

/// A headline after the body that a list's introduction follows is the article's own section
/// heading (a match report's line-ups), not another article's headline: it stays with its list.
#[test]
fn a_heading_over_a_list_of_the_articles_own_stays() {
    let lineups = "Susunan Pemain Persib vs Persija\n\nPersib:\n\nTeja, Kakang, Kuipers, Gustavo, Ciro, Beckham.\n\n\
                   Persija:\n\nAndritany, Hanif, Rizky, Witan, Gustavo, Rayhan.";
    let cleaned = common::pipeline().clean_str(&format!("{BODY}\n\n{lineups}"));
    assert_eq!(cleaned.text, format!("{BODY}\n\n{lineups}\n"));
}
