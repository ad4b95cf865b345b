//! A whole page as a scraper extracts it, menus and share buttons and footers around the article
//! (SPEC: site header lines, credits, share widgets, lists of other headlines), keeps only the
//! article, and what is data goes to the metadata.

mod common;

use bersih::Cleaned;

/// The article of the flood pages below: three paragraphs of prose.
const FLOOD: [&str; 3] = [
    "Pemerintah daerah menyiapkan posko pengungsian di tiga kecamatan yang terdampak banjir sejak Jumat malam, \
     kata kepala badan penanggulangan bencana.",
    "Warga diminta tetap waspada karena hujan deras diperkirakan masih turun hingga akhir pekan, ujar dia kepada \
     wartawan di kantor BPBD.",
    "Bantuan logistik berupa beras, mi instan dan air bersih telah disalurkan ke seluruh posko pengungsian sejak \
     Sabtu pagi, menurut data dinas sosial.",
];

/// The clean text of an article: its title, if it has one, and its paragraphs.
fn article(title: Option<&str>, body: &[&str]) -> String {
    let paragraphs = body.join("\n\n");
    match title {
        Some(title) => format!("{title}\n\n{paragraphs}\n"),
        None => format!("{paragraphs}\n"),
    }
}

/// Cleans `page` and checks that what stays is the flood article, under `title` when it has
/// one; the rest (metadata, edits) is the caller's to check.
fn flood_article(title: Option<&str>, page: &str) -> Cleaned {
    let cleaned = common::pipeline().clean_str(page);
    assert_eq!(cleaned.text, article(title, &FLOOD), "{page}");
    cleaned
}

/// The article under its headline, with `head` (what a page prints between the two) set apart
/// above the first paragraph: `head` goes, and the cleaned page is returned for its metadata.
fn under_headline(title: &str, head: &str) -> Cleaned {
    flood_article(Some(title), &format!("{title}\n\n{head}\n\n{}\n", FLOOD.join("\n\n")))
}

/// The captions lifted from a cleaned page, as (text, credit) pairs.
fn captions(cleaned: &Cleaned) -> Vec<(&str, Option<&str>)> {
    cleaned.metadata.captions.iter().map(|c| (c.text.as_str(), c.credit.as_deref())).collect()
}

/// Each line goes, between the article's paragraphs and after them.
fn goes_wherever_it_stands(lines: &[&str]) {
    for line in lines {
        let page = format!("{}\n{line}\n{}\n{}\n{line}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
        assert_eq!(common::pipeline().clean_str(&page).text, article(None, &FLOOD), "{line}");
    }
}

const PAGE: &str = "\
Home\n\
News\n\
Ekonomi\n\
Bisnis\n\
Login\n\
Daftar\n\
Beranda > Ekonomi > Makro\n\
Harga Beras Naik Jelang Ramadan, Pemerintah Siapkan Operasi Pasar\n\
Ahmad Suryadi - detikFinance\n\
Senin, 04 Mar 2024 10:15 WIB\n\
Bagikan\n\
Facebook\n\
Twitter\n\
WhatsApp\n\
Salin Link\n\
Jakarta - Harga beras di sejumlah pasar tradisional naik menjelang bulan Ramadan tahun ini, menurut pantauan pedagang dan dinas perdagangan setempat pada Senin pagi.\n\
Kepala dinas mengatakan pemerintah akan menggelar operasi pasar di dua puluh titik untuk menekan harga beras yang terus merangkak naik dalam sepekan terakhir.\n\
Menurut dia, stok beras di gudang Bulog masih cukup untuk memenuhi kebutuhan warga hingga Lebaran nanti, sehingga masyarakat tidak perlu membeli secara berlebihan.\n\
(ara/ara)\n\
Tag\n\
harga beras\n\
operasi pasar\n\
Bulog\n\
Berita Terkait\n\
Harga Cabai Rawit Melonjak di Pasar Induk\n\
Bulog Jamin Stok Beras Aman Sampai Lebaran\n\
Terpopuler\n\
1\n\
Viral Pria Ini Temukan Emas di Sawah\n\
2\n\
Jadwal Imsakiyah Ramadan 2024 Lengkap\n\
Komentar\n\
Belum ada komentar\n\
Tentang Kami\n\
Pedoman Media Siber\n\
Kontak\n\
Karir\n\
© 2024 detikcom\n\
";

#[test]
fn a_whole_page_keeps_only_the_article() {
    let cleaned = common::pipeline().clean_str(PAGE);
    let title = "Harga Beras Naik Jelang Ramadan, Pemerintah Siapkan Operasi Pasar";
    let body = [
        "Harga beras di sejumlah pasar tradisional naik menjelang bulan Ramadan tahun ini, menurut pantauan \
         pedagang dan dinas perdagangan setempat pada Senin pagi.",
        "Kepala dinas mengatakan pemerintah akan menggelar operasi pasar di dua puluh titik untuk menekan harga \
         beras yang terus merangkak naik dalam sepekan terakhir.",
        "Menurut dia, stok beras di gudang Bulog masih cukup untuk memenuhi kebutuhan warga hingga Lebaran nanti, \
         sehingga masyarakat tidak perlu membeli secara berlebihan.",
    ];
    assert_eq!(cleaned.text, article(Some(title), &body));
    let meta = &cleaned.metadata;
    assert_eq!(meta.title.as_deref(), Some(title));
    assert_eq!(meta.authors, ["Ahmad Suryadi"]);
    assert_eq!(meta.site.as_deref(), Some("detikFinance"));
    assert_eq!(meta.published.as_deref(), Some("2024-03-04T10:15"));
    assert_eq!(meta.dateline.as_deref(), Some("Jakarta"));
}

/// The same on an English page: a byline with its date, a newsletter prompt, credits and the
/// lists after the article go.
#[test]
fn an_english_page_keeps_only_the_article() {
    let title = "Floods Hit Three Coastal Districts as Rains Continue";
    let body = [
        "Floods swept through three coastal districts on Monday after days of heavy rain, forcing thousands of \
         residents to flee to temporary shelters, officials said.",
        "The disaster agency said about 1,200 people had been evacuated to schools and mosques, while rescue teams \
         used rubber boats to reach elderly residents.",
        "Authorities warned that more rain was expected until the end of the week and urged people living near \
         rivers to stay alert.",
    ];
    let page = format!(
        "{title}\n\nBy Sarah Johnson | March 4, 2024\n\nJAKARTA (Reuters) - {}\n\nRead more: Indonesia braces for \
         extended rainy season\n\n{}\n\nADVERTISEMENT\n\n{}\n\nSign up for our newsletter to get the latest news \
         delivered to your inbox.\n\nReporting by Sarah Johnson; Editing by Michael Perry\n\nRelated Articles\n\n\
         Jakarta sinks faster than expected\n\nLeave a Reply\n",
        body[0], body[1], body[2]
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.text, article(Some(title), &body));
    assert_eq!(cleaned.metadata.authors, ["Sarah Johnson"]);
    assert_eq!(cleaned.metadata.related, ["Indonesia braces for extended rainy season"]);
}

/// Furniture set inside the article: widget labels, related links on a line of their own or in
/// brackets inside a paragraph, placeholders, pagination.
#[test]
fn furniture_inside_the_article_goes_and_the_links_are_lifted() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    let body = FLOOD;
    let with_link =
        body[0].replace("Jumat malam,", "Jumat malam (Baca juga: Banjir Rob Kembali Genangi Jakarta Utara),");
    let page = format!(
        "{title}\n\nLihat Foto\n\n{with_link}\n\nBACA JUGA:\n\nTanggul Jebol, Ratusan Rumah Terendam\n\n{}\n\n\
         Iklan\n\nVideo Pilihan\n\nLoading...\n\n{}\n\nHalaman:\n1\n2\nSelanjutnya\n",
        body[1], body[2]
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.text, article(Some(title), &body));
    assert_eq!(
        cleaned.metadata.related,
        ["Banjir Rob Kembali Genangi Jakarta Utara", "Tanggul Jebol, Ratusan Rumah Terendam"]
    );
}

/// Script and style text that a scraper kept between paragraphs is code, not the article's.
#[test]
fn script_and_style_residue_goes() {
    let body = &FLOOD[..2];
    let residue = [
        "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1234567890-0'); });",
        "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}",
        ".ad-container { display: none; margin: 0 auto; }",
        "(adsbygoogle = window.adsbygoogle || []).push({});",
    ];
    let page =
        format!("{}\n\n{}\n\n{}\n\n{}\n\n{}\n\n{}\n", body[0], residue[0], residue[1], body[1], residue[2], residue[3]);
    assert_eq!(common::pipeline().clean_str(&page).text, format!("{}\n\n{}\n", body[0], body[1]));
}

/// Blogger's chrome after a post, in its Indonesian locale: who posted it and when, share
/// buttons, labels and the comment form go.
#[test]
fn a_blog_posts_footer_goes() {
    let body = [
        "Para petani di Kabupaten Sragen mulai menanam padi musim kedua setelah hujan turun merata dalam sepekan \
         terakhir, menurut dinas pertanian setempat.",
        "Kepala dinas mengatakan pasokan air dari waduk cukup untuk mengairi sawah hingga panen pada bulan Oktober \
         mendatang, sehingga petani tidak perlu khawatir.",
    ];
    let footer = "Diposting oleh Admin Sragen di 10.30\nKirimkan Ini lewat Email\nBlogThis!\nBerbagi ke Twitter\n\
                  Berbagi ke Facebook\nLabel: Pertanian, Sragen\nTidak ada komentar:\nPosting Komentar\n\
                  Posting Lebih Baru\nPosting Lama\nBeranda\nLangganan: Posting Komentar (Atom)\n";
    let title = "Petani Sragen Mulai Tanam Padi Musim Kedua";
    let page = format!("{title}\n{}\n{}\n{footer}", body[0], body[1]);
    assert_eq!(common::pipeline().clean_str(&page).text, article(Some(title), &body));
}

/// Prompts to scroll or read on, credits of writer and editor on one line, and the site's notices
/// about the article, in Indonesian.
#[test]
fn prompts_credits_and_notices_go_and_the_credits_are_lifted() {
    let body = FLOOD;
    let page = format!(
        "{}\n\nScroll untuk melanjutkan membaca\n\n{}\n\nIklan - Scroll untuk Melanjutkan\n\n{}\n\nLanjutkan Membaca\n\n\
         Penulis: Ahmad Suryadi | Editor: Budi Santoso\n\nSumber: Antara\n\nAnda sedang membaca artikel tentang \
         Banjir Melanda Tiga Kecamatan di Pesisir.\n\nArtikel ini merupakan bagian dari Lestari KG Media, sebuah \
         inisiatif untuk gaya hidup berkelanjutan.\n",
        body[0], body[1], body[2]
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.text, article(None, &body));
    assert_eq!(cleaned.metadata.authors, ["Ahmad Suryadi"]);
    assert_eq!(cleaned.metadata.editors, ["Budi Santoso"]);
}

/// Prompts to watch a video or to follow the site on a messaging channel, also behind a bullet.
#[test]
fn video_and_channel_prompts_go() {
    let body = &FLOOD[..2];
    let page = format!(
        "{}\n\nLihat juga video 'Banjir Rendam Ratusan Rumah di Pesisir':\n\n{}\n\n* Follow Official WhatsApp Channel \
         Liputan6.com untuk mendapatkan berita-berita terkini dengan mengklik tautan ini.\n\nSimak breaking news dan \
         berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp \
         Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D. Pastikan kamu sudah install \
         aplikasi WhatsApp ya.\n",
        body[0], body[1]
    );
    assert_eq!(common::pipeline().clean_str(&page).text, article(None, body));
}

/// A date line printed in numbers after the site's name, as on Kompas (`Kompas.com - 28/02/2025,
/// 19:45 WIB`), goes whole and its date is lifted.
#[test]
fn a_numeric_date_after_the_sites_name_is_lifted() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    let page = format!("{title}\nKompas.com - 28/02/2025, 19:45 WIB\n{}\n", FLOOD.join("\n"));
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.site.as_deref(), Some("Kompas.com"));
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2025-02-28T19:45"));
}

/// A page's clock above its masthead prints today's day alone; the article's stamp under its
/// title gives the day it was published and the time: that stamp is `published`, whichever comes
/// first. A day alone is still lifted when the page prints nothing better, and a stamp of the day
/// the article was updated is not the day it was published.
#[test]
fn the_articles_timed_stamp_beats_the_pages_clock_above_it() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    for (above, below, published) in [
        ("Senin, 22 Desember 2025\n", "- Rabu, 27 Juni 2018 | 12:04 WIB\n", "2018-06-27T12:04"),
        ("Senin, 22 Desember 2025\n", "", "2025-12-22"),
        ("", "04 November 2016\nDiperbarui 27 Jun 2018, 14:15 WIB\n", "2016-11-04"),
    ] {
        let page = format!("{above}{title}\n{below}{}\n", FLOOD.join("\n"));
        let cleaned = flood_article(Some(title), &page);
        assert_eq!(cleaned.metadata.published.as_deref(), Some(published), "{above}{below}");
    }
}

/// Date lines as sites print them: a time after a slash, numbers day first, ISO, and English with
/// the month first and a 12-hour clock.
#[test]
fn date_lines_in_every_form_are_lifted() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    for (line, published) in [
        ("Jumat, 28 Februari 2025 / 19:45 WIB", "2025-02-28T19:45"),
        ("28/02/2025 19:45", "2025-02-28T19:45"),
        ("28 - Feb - 2025, 19:45", "2025-02-28T19:45"),
        ("2025-02-28 19:45:00", "2025-02-28T19:45"),
        ("February 28, 2025 | 07:45 pm", "2025-02-28T19:45"),
        ("Published: Feb 28, 2025", "2025-02-28"),
        ("- 28 Februari 2025, 19:45 WIB", "2025-02-28T19:45"),
        ("28 Februari 2025 19:45 WIB Ginanjar Saputra Solo Share:", "2025-02-28T19:45"),
        ("Peristiwa | 28 Februari 2025, 19:45 WIB", "2025-02-28T19:45"),
        ("CNN Indonesia | Jumat, 28/02/2025 19:45 WIB", "2025-02-28T19:45"),
        ("Friday, February 28, 2025, 19:45 WIB Last Updated 2025-02-28T12:45:32Z", "2025-02-28T19:45"),
        // The post's view count after the time zone.
        ("Jumat, 28 Februari 2025 19:45 WIB 3764", "2025-02-28T19:45"),
        // Or the count in words, after a dash; a bullet before the time; an empty byline label.
        ("Jumat, 28 Februari 2025 - 19:45:11 WIB - Dibaca : 316 Kali", "2025-02-28T19:45"),
        ("Jumat, 28 FEBRUARI 2025 • 19:45 WIB", "2025-02-28T19:45"),
        ("JUMAT, 28 FEBRUARI 2025 | 19:45 WIB | LAPORAN:", "2025-02-28T19:45"),
        ("Jumat, 28 Februari 2025 - 19:45 | 5.90k", "2025-02-28T19:45"),
    ] {
        let cleaned = common::pipeline().clean_str(&format!("{title}\n{line}\n{}\n", FLOOD.join("\n")));
        assert_eq!(cleaned.text, article(Some(title), &FLOOD), "{line}");
        assert_eq!(cleaned.metadata.published.as_deref(), Some(published), "{line}");
    }
}

/// The text-size buttons, ad labels, a heading over recommended articles and a video's headline
/// after the article are the page's, not the article's.
#[test]
fn size_buttons_ad_labels_and_media_headlines_go() {
    let page = format!(
        "Font: Ukuran Font: Kecil Besar\n\n{}\n\nAdvertising\n\n{}\n\n{}\n\nSaksikan Video di Bawah Ini:\n\n\
         VIDEO: Banjir Rob Kembali Genangi Jakarta Utara\n\nAdvertising\n\nRekomendasi Artikel\n\n\
         Tanggul Jebol, Ratusan Rumah Terendam\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(None, &page);
    assert_eq!(cleaned.metadata.related, ["Banjir Rob Kembali Genangi Jakarta Utara"]);
}

/// A byline with the writer's role after the name goes to `authors`, and an infographic's label
/// where the image stood goes.
#[test]
fn a_byline_with_a_role_and_an_infographics_label_go() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    let page = format!(
        "{title}\nRina Anggraeni, Jurnalis\n{}\n{}\nInfografis Banjir di Pesisir\n{}\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.authors, ["Rina Anggraeni"]);
}

/// A site and a writer's name in brackets after a paragraph that reports speech credit the
/// writer (Tribun's `(Tribunnews.com/Reza Deni)`): the paragraph stays, the name goes to
/// `authors`. After a one-sentence description the same form is a photo caption's credit.
#[test]
fn a_writers_credit_after_speech_keeps_its_paragraph() {
    let quote = "\"Kami masih menunggu hasil pemeriksaan laboratorium forensik untuk memastikan penyebabnya,\" \
                 kata dia saat dikonfirmasi, Senin (3/3/2025).";
    let caption = "Petugas memadamkan api di gudang penyimpanan barang di Cakung, Senin (3/3/2025).";
    for page in [
        format!("{}\n{}\n{}\n{quote} (Tribunnews.com/Reza Deni)\n", FLOOD[0], FLOOD[1], FLOOD[2]),
        format!("{}\n{quote} (Tribunnews.com/Reza Deni)\n{}\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]),
    ] {
        let cleaned = common::pipeline().clean_str(&page);
        assert!(cleaned.text.contains(&format!("\n\n{quote}\n")), "{}", cleaned.text);
        assert!(!cleaned.text.contains("Tribunnews.com"), "{}", cleaned.text);
        assert_eq!(cleaned.metadata.authors, ["Reza Deni"]);
        assert!(cleaned.metadata.captions.is_empty());
    }
    let page = format!("{}\n{caption} (Tribunnews.com/Reza Deni)\n{}\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    let cleaned = flood_article(None, &page);
    assert_eq!(cleaned.metadata.captions.len(), 1);
    assert!(cleaned.metadata.authors.is_empty());
    // A writer's name and desk code (Media Indonesia's `(Bob/P-3)`) after speech: the credit
    // goes, the quote stays; the same credit after a caption makes it a caption.
    let page = format!("{}\n{}\n{}\n{quote} (Bob/P-3)\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    let expected = article(None, &[FLOOD[0], FLOOD[1], FLOOD[2], quote]);
    assert_eq!(common::pipeline().clean_str(&page).text, expected);
    let page = format!("{}\n{caption} (Bob/P-3)\n{}\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    assert_eq!(common::pipeline().clean_str(&page).text, article(None, &FLOOD));
}

/// The title printed twice above the article (the heading and an image's alt text) is printed
/// once, and text-size buttons drawn as letters go.
#[test]
fn a_title_printed_twice_is_kept_once() {
    let title = "Kemenperin dorong industri kecil manfaatkan teknologi digital";
    let page = format!("{title}\nJumat, 28 Februari 2025 19:45 WIB\n{title}\nA A A\n{}\n", FLOOD.join("\n"));
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.title.as_deref(), Some(title));
    // A blog prints it again as a table's cell.
    let page = format!("{title}\n| {title} |\n{}\n", FLOOD.join("\n"));
    flood_article(Some(title), &page);
}

/// Below the article's first prose, a headline printed again with a name before it is a
/// picture's alt text: it goes, and the name is no site's.
#[test]
fn a_headline_with_a_name_below_the_first_prose_names_no_site() {
    let page = format!("{}\nPonsel Android - Huawei Honor\nHuawei Honor\n{}\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.metadata.site, None);
    assert!(!cleaned.text.contains("Ponsel Android"), "{}", cleaned.text);
}

/// A WordPress post, in English and in the Indonesian locale: the theme's skip link and menu, the
/// date-and-author line, share and like buttons, related posts, the comment form and the post
/// navigation go; the date, the author and the linked posts' titles are lifted.
#[test]
fn a_wordpress_posts_chrome_goes() {
    let title = "Cara Menanam Cabai di Pot agar Cepat Berbuah";
    let body = &FLOOD[..2];
    let english = format!(
        "Skip to content\nMenu\n{title}\nPosted on 12 Januari 2024 by Siti Aminah\n{}\n{}\nShare this:\nTwitter\n\
         Facebook\nLike this:\nLike Loading...\nRelated\nLeave a Reply Cancel reply\nYour email address will not be \
         published. Required fields are marked *\nComment *\nName *\nEmail *\nWebsite\nSave my name, email, and \
         website in this browser for the next time I comment.\nPost navigation\nPrevious Post Cara Membuat Pupuk \
         Kompos\nProudly powered by WordPress\n",
        body[0], body[1]
    );
    let indonesian = format!(
        "Langsung ke konten\nMenu\n{title}\nDiterbitkan pada 12 Januari 2024 oleh Siti Aminah\n{}\n{}\nBagikan ini:\n\
         Facebook\nWhatsApp\nSuka ini:\nMemuat...\nTerkait\nTinggalkan Balasan Batalkan balasan\nAlamat email Anda \
         tidak akan dipublikasikan. Ruas yang wajib ditandai *\nKomentar *\nNama *\nSitus Web\nNavigasi pos\n\
         Pos Sebelumnya Cara Membuat Pupuk Kompos\nDengan bangga bertenaga WordPress\n",
        body[0], body[1]
    );
    // A theme may run its skip links together, and a blog's widgets head other posts in English
    // whatever its language.
    let run_together = indonesian
        .replace("Langsung ke konten\n", "Lompat ke konten Lompat ke sidebar Lompat ke footer\n")
        .replace("Bagikan ini:\n", "Popular Posts\nBagikan ini:\n");
    for page in [english, indonesian, run_together] {
        let cleaned = common::pipeline().clean_str(&page);
        assert_eq!(cleaned.text, article(Some(title), body));
        assert_eq!(cleaned.metadata.title.as_deref(), Some(title));
        assert_eq!(cleaned.metadata.published.as_deref(), Some("2024-01-12"));
        assert_eq!(cleaned.metadata.authors, ["Siti Aminah"]);
        assert_eq!(cleaned.metadata.related, ["Cara Membuat Pupuk Kompos"]);
    }
}

/// A school's or a teachers' blog: its welcome banner over the post, a share plugin's row with
/// its counts run together, the posting account with the date and the views, and under the post
/// the platform's disclaimer and Blogger's link to report it. The date is the post's.
#[test]
fn a_community_blogs_banner_account_line_and_disclaimer_go() {
    let title = "Cara Menanam Cabai di Pot agar Cepat Berbuah";
    let page = format!(
        "SELAMAT DATANG DI WEBSITE SD NEGERI 4 SUKAMAJU KECAMATAN LUMBIR\n\n{title}\n\n\
         ShareShare on Facebook34Tweet about this on Twitter0Email this to someone\n\nadmin 01 Apr 2025 207\n\n\
         {}\n\n{}\n\n{}\n\nKonten pada website ini merupakan konten yang di tulis oleh user. Tanggung jawab isi \
         adalah sepenuhnya oleh user/penulis.\n\nLaporkan Penyalahgunaan\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2025-04-01"));
    assert!(cleaned.metadata.authors.is_empty(), "{:?}", cleaned.metadata.authors);
}

/// Tribun sets the picture's caption between the headline and the byline; a caption in small
/// letters is no headline, however it stands over the byline.
#[test]
fn a_caption_in_small_letters_over_the_byline_is_not_the_title() {
    let title = "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Posko";
    let page = format!(
        "Regional\n\n{title}\n\nwarga mengungsi ke posko pengungsian di kantor Kecamatan Cibinong setelah air naik\n\n\
         Penulis: Sartika Rizki | Editor: Sartika Rizki\n\n{}\n\n{}\n\n{}\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.metadata.title.as_deref(), Some(title), "{}", cleaned.text);
    assert!(cleaned.text.starts_with(&format!("{title}\n\n")), "{}", cleaned.text);
}

/// iNews prints its byline as the writer's name, a middle dot, then the day, the date and the
/// time after a dash; a scrape that read the page as Thai has `ยท` for the dot.
#[test]
fn a_byline_with_a_middle_dot_before_the_date_is_lifted() {
    for dot in ["·", "ยท"] {
        let cleaned = under_headline(
            "Banjir Rendam Tiga Kecamatan, Warga Mengungsi",
            &format!("Kastolani Marzuki {dot} Kamis, 20 Februari 2025 - 06:00 WIB"),
        );
        assert_eq!(cleaned.metadata.authors, ["Kastolani Marzuki"], "{dot}");
        assert_eq!(cleaned.metadata.published.as_deref(), Some("2025-02-20T06:00"), "{dot}");
    }
}

/// A line of credits under the headline, in either order and parted by bars or dashes, names
/// the writer and the editor; the photographer's credit at its end makes it no caption.
#[test]
fn a_line_of_credits_with_the_photographers_is_the_byline() {
    for line in [
        "Editor: Nurhadi - Rep: Herma Safitri - Foto: Beby Candra",
        "Reporter: Herma Safitri | Editor: Nurhadi | Foto: Beby Candra",
        "Penulis: Herma Safitri - Editor: Nurhadi",
    ] {
        let cleaned = under_headline("Banjir Melanda Tiga Kecamatan di Pesisir", line);
        assert_eq!(cleaned.metadata.authors, ["Herma Safitri"], "{line}");
        assert_eq!(cleaned.metadata.editors, ["Nurhadi"], "{line}");
        assert!(cleaned.metadata.captions.is_empty(), "{line}: {:?}", cleaned.metadata.captions);
    }
}

/// A prompt to read more of the site's news goes, whether it names the site or not.
#[test]
fn a_prompt_to_read_more_goes_with_the_sites_name_in_it() {
    goes_wherever_it_stands(&[
        "Baca artikel IDN Times lainnya di IDN App",
        "Baca artikel menarik lainnya di aplikasi Kompas.com",
        "Simak berita terbaru lainnya di Google News",
    ]);
}

/// A blog theme's placeholder slides, left as the theme ships them, go.
#[test]
fn a_blog_themes_placeholder_slides_go() {
    goes_wherever_it_stands(&[
        "This is default featured slide 1 title",
        "Go to Blogger edit html and find these sentences.Now replace these sentences with your own descriptions.",
    ]);
}

/// A blog post's line of details and the reaction buttons under it go.
#[test]
fn a_blog_posts_details_and_reaction_buttons_go() {
    goes_wherever_it_stands(&["16.26 Posted In Edit This 0 Comments »", "Like", "Like Love Haha Wow Sad Angry"]);
}

/// A picture's file name glued to the first word of the paragraph under it goes; the word and
/// a dateline after it stay as they would without it.
#[test]
fn a_pictures_file_name_glued_to_a_paragraph_goes() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    for glued in ["DSC 8373", "IMG_20190528", "Untitled-22"] {
        let page = format!("{title}\n\n{}\n\n{glued}{}\n\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
        flood_article(Some(title), &page);
    }
    let page = format!("{title}\n\nUntitled-22JAKARTA, TODAY-{}\n\n{}\n\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("JAKARTA"));
}

/// An ad slot's label in small letters glued before a paragraph (`iklan Pemerintah ...`) goes;
/// the paragraph stays, and a paragraph that speaks of an ad keeps its first word.
#[test]
fn an_ad_label_glued_to_a_paragraph_goes() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    for glued in ["iklan ", "advertisement "] {
        let page = format!("{title}\n\n{}\n\n{glued}{}\n\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
        flood_article(Some(title), &page);
    }
    let own = "Iklan Layanan Masyarakat tentang banjir tayang setiap malam di televisi daerah, kata dia.";
    let page = format!("{title}\n\n{}\n\n{own}\n\n{}\n", FLOOD[0], FLOOD[1]);
    assert!(common::pipeline().clean_str(&page).text.contains(own));
}

/// A credit for the words and the pictures after the article (`Penulis dan Foto: <name>`) is the
/// byline, not a caption of a picture: the name goes to `authors`.
#[test]
fn a_credit_for_words_and_pictures_is_the_byline() {
    for (credit, name) in
        [("Penulis dan Foto: Humas Bawaslu LT", "Humas Bawaslu LT"), ("Teks & Foto: Nana Suryana", "Nana Suryana")]
    {
        let cleaned = flood_article(None, &format!("{}\n\n{credit}\n", FLOOD.join("\n\n")));
        assert_eq!(cleaned.metadata.authors, [name], "{credit}");
        assert!(cleaned.metadata.captions.is_empty(), "{:?}", cleaned.metadata.captions);
    }
}

/// A site's notice of its messaging channel, with the button under it, goes, and names the site.
#[test]
fn a_sites_channel_notice_and_its_follow_button_go() {
    let title = "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Posko";
    for (notice, site) in [
        ("kumparan Hadir di WhatsApp Channel\nFollow", "kumparan"),
        ("Kompas.com kini hadir di WhatsApp Channel, ikuti sekarang", "Kompas.com"),
    ] {
        let cleaned = under_headline(title, notice);
        assert_eq!(cleaned.metadata.site.as_deref(), Some(site), "{notice}");
    }
}

/// The reading-time estimate and an English page's dateline and date on one line go.
#[test]
fn a_reading_time_estimate_goes_in_either_language_and_order() {
    goes_wherever_it_stands(&[
        "waktu baca 2 menit",
        "Waktu membaca: 8 menit",
        "Lama membaca ± 4 menit",
        "Estimasi waktu baca: 3 menit",
        "Reading Time: 2 mins read",
        "Read time: less than 1 minute",
        "3 min read",
        "5 menit membaca",
        "· 1 menit baca",
        "Baca 10 detik",
    ]);
}

#[test]
fn reading_time_and_an_english_dateline_with_the_date_go() {
    let title = "Government to extend fuel subsidy amid price hike";
    let page = format!(
        "{title}\nJakarta ● Fri, February 28, 2025\n3 min read\n{}\nTopics :\nfuel subsidy\n",
        FLOOD.join("\n")
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2025-02-28"));
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("Jakarta"));
    let page = format!("{title}\n28 Februari 2025 19:45 WIB\n·\nwaktu baca 2 menit\n{}\n", FLOOD.join("\n"));
    assert_eq!(common::pipeline().clean_str(&page).text, article(Some(title), &FLOOD));
}

/// Above the article, a section, a dash and a byline (`Market - <name>, CNBC Indonesia`) are not
/// a dateline: the dateline that opens the body is, and the byline goes to `authors`. After the
/// article, the desk's e-mail address and a labelled video headline go.
#[test]
fn a_section_and_byline_above_the_body_are_not_its_dateline() {
    let title = "Rupiah Dibuka Melemah ke Rp16.400 per Dolar AS";
    let page = format!(
        "{title}\nMarket - Putu Agus Pransuamitra, CNBC Indonesia\n28 February 2025 09:05\n\
         Jakarta, CNBC Indonesia - {}\n{}\n{}\nresearch@cnbcindonesia.com\n(pap/pap)\nVideo: Rupiah Tertekan, Ini Kata Ekonom\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(Some(title), &page);
    let meta = &cleaned.metadata;
    assert_eq!(meta.dateline.as_deref(), Some("Jakarta"));
    assert_eq!(meta.authors, ["Putu Agus Pransuamitra"]);
    assert_eq!(meta.site.as_deref(), Some("CNBC Indonesia"));
    assert_eq!(meta.related, ["Rupiah Tertekan, Ini Kata Ekonom"]);
}

/// Newsroom codes with digits or in square brackets (`(mcr27/jpnn)`, `[yan]`, `(fad/bk-10)`) and prompts to
/// watch the site's videos go; the paragraphs around them stay paragraphs.
#[test]
fn newsroom_codes_in_every_bracket_and_video_prompts_go() {
    let page = format!(
        "jpnn.com, BANDUNG - {}\n{}\n{} (mcr27/jpnn)\nJangan Lewatkan Video Terbaru:\nKamu Sudah Menonton Video Ini?\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    assert_eq!(common::pipeline().clean_str(&page).text, article(None, &FLOOD));
    let page = format!("{}\n{}\n{}\n[yan]\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    assert_eq!(common::pipeline().clean_str(&page).text, article(None, &FLOOD));
    // A desk's number after a hyphen, at the paragraph's end or on a line of its own.
    // A letter and a number after a slash (JPNN's desk codes).
    for code in [" (fad/bk-10)", "\n(fad/bk-10)", " (jat/jpnn/c5/nw)"] {
        let page = format!("{}\n{}\n{}{code}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
        assert_eq!(common::pipeline().clean_str(&page).text, article(None, &FLOOD), "{code}");
    }
}

/// A blog's name and tagline above its menu are not the post's title: the title is the headline
/// below the menu, and the header goes. One short label under a news title (a channel's name)
/// does not make it a menu.
#[test]
fn a_blogs_name_and_tagline_above_its_menu_are_not_the_title() {
    let title = "Resep Sayur Asem Jakarta yang Segar dan Mudah Dibuat";
    let page = format!(
        "Dapur Bunda Rina\nResep masakan rumahan sederhana untuk keluarga tercinta\nBeranda\nTentang Saya\nKontak\n\
         {title}\n{}\nLabel: Resep Sayur\n",
        FLOOD.join("\n")
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.title.as_deref(), Some(title));

    let news = "Banjir Melanda Tiga Kecamatan di Pesisir";
    let page = format!("{news}\nkumparanNEWS\nSuasana posko pengungsian di kantor kecamatan\n{}\n", FLOOD.join("\n"));
    assert_eq!(common::pipeline().clean_str(&page).metadata.title.as_deref(), Some(news));
}

/// An opinion column's disclaimer goes; the writer's note on who they are is theirs and stays.
#[test]
fn an_opinion_columns_disclaimer_goes() {
    let bio = "*) Penulis adalah dosen Fakultas Ekonomi dan peneliti kebijakan publik.";
    let page = format!(
        "{}\n{bio}\nDisclaimer: Tulisan ini merupakan pendapat pribadi penulis dan tidak mencerminkan pandangan redaksi.\n",
        FLOOD.join("\n")
    );
    assert_eq!(common::pipeline().clean_str(&page).text, format!("{}\n\n{bio}\n", FLOOD.join("\n\n")));
}

/// English wire and broadcaster pages: a wire dateline with the date or the country, a date line
/// with a time zone, a relative time stamp, BBC's image labels and topic lists go; the data is
/// lifted.
#[test]
fn english_wire_and_broadcaster_pages_keep_only_the_article() {
    let body = [
        "Indonesia's president on Friday vowed to speed up construction of the new capital city on Borneo \
         island, saying basic infrastructure would be ready next year.",
        "The project has struggled to attract foreign investors, and most of the funding so far has come from \
         the state budget.",
    ];
    let title = "Indonesia's president vows to speed up new capital construction";
    let wire = format!(
        "Skip to main content\n{title}\nBy John Smith\nFebruary 28, 2025 7:45 PM GMT+7\nUpdated 2 hours ago\n\
         JAKARTA, Feb 28 (Reuters) - {}\n{}\nSuggested Topics:\nAsia Pacific\n",
        body[0], body[1]
    );
    let cleaned = common::pipeline().clean_str(&wire);
    assert_eq!(cleaned.text, article(Some(title), &body));
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("JAKARTA"));
    assert_eq!(cleaned.metadata.site.as_deref(), Some("Reuters"));
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2025-02-28T19:45"));

    let broadcaster = format!(
        "{title}\nBy Jane Doe, BBC News\nPublished 28 February 2025\nImage source, Getty Images\n\
         Image caption, Residents waded through flood waters on Friday\n{}\n{}\nRelated topics\nIndonesia\n",
        body[0], body[1]
    );
    let cleaned = common::pipeline().clean_str(&broadcaster);
    assert_eq!(cleaned.text, article(Some(title), &body));
    assert_eq!(cleaned.metadata.authors, ["Jane Doe"]);
    assert_eq!(cleaned.metadata.captions[0].text, "Residents waded through flood waters on Friday");
    let ap = format!("{title}\nJAKARTA, Indonesia (AP) — {}\n{}\n", body[0], body[1]);
    assert_eq!(common::pipeline().clean_str(&ap).text, article(Some(title), &body));
    // Antara's English service prints the place in title case.
    let antara = format!("{title}\nPekanbaru (ANTARA News) - {}\n{}\n", body[0], body[1]);
    let cleaned = common::pipeline().clean_str(&antara);
    assert_eq!(cleaned.text, article(Some(title), &body));
    assert_eq!(cleaned.metadata.site.as_deref(), Some("ANTARA News"));
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("Pekanbaru"));
}

/// Widget headings and buttons, photo credits in brackets or as `Dok.` lines and an illustration's
/// caption go wherever they stand; the paragraphs between them stay.
#[test]
fn widget_headings_credits_and_illustrations_go_inside_the_article() {
    let furniture = [
        "Topik Pilihan",
        "Ikuti Kami",
        "Cetak",
        "Kategori: Nasional",
        "Dok. Humas Polda Metro Jaya",
        "(Foto: dok. Istimewa)",
        "Ilustrasi. (Freepik)",
        "Sebarkan artikel ini",
        "Scroll untuk baca artikel",
        "Example 728x250",
        "Pasang Iklan disini",
        "masukkan script iklan disini",
    ];
    goes_wherever_it_stands(&furniture);
}

/// A flattened detik paragraph: a related link whose title keeps a headline's small words in
/// lower case (`Melonjak di Pasar Induk`) ends where the next sentence starts, and a glued
/// `Simak Video "<title>"` prompt goes with the embed marker and the newsroom code after it.
#[test]
fn a_glued_related_title_keeps_its_small_words() {
    let page = "Jakarta - Harga beras di sejumlah pasar naik menjelang Ramadan, menurut pantauan pedagang pada Senin pagi. \
                Baca juga: Harga Cabai Rawit Melonjak di Pasar Induk Menurut dia, stok beras di gudang Bulog masih cukup \
                hingga Lebaran nanti. Simak Video \"Harga Beras Naik Lagi\" [Gambas:Video 20detik] (ara/ara)\n";
    let cleaned = common::pipeline().clean_str(page);
    assert_eq!(
        cleaned.text,
        "Harga beras di sejumlah pasar naik menjelang Ramadan, menurut pantauan pedagang pada Senin pagi.\n\n\
         Menurut dia, stok beras di gudang Bulog masih cukup hingga Lebaran nanti.\n"
    );
    assert_eq!(cleaned.metadata.related, ["Harga Cabai Rawit Melonjak di Pasar Induk"]);
}

/// A flattened Kompas paragraph: a related title parted by a colon runs on past it, and a title
/// may end where a quote opens the next sentence.
#[test]
fn a_flattened_related_title_runs_past_its_colon_and_ends_at_a_quote() {
    let page = "JAKARTA, KOMPAS.com - Arus lalu lintas di Jalan Jatiwaringin macet sejak pagi, kata petugas. \
                Baca juga: Lara Sopir Taksi Online di Bekasi: Dibegal Penumpang di Tol Jatiasih \
                \"Salah satunya penyebab kemacetan ya proyek galian,\" kata Daniel. \
                Baca juga: Pengeroyok Tukang Cukur di Bekasi, Polisi: Secepatnya Kami Tangkap Ada empat pelaku \
                dalam kasus ini, kata polisi.\n";
    let cleaned = common::pipeline().clean_str(page);
    assert_eq!(
        cleaned.text,
        "Arus lalu lintas di Jalan Jatiwaringin macet sejak pagi, kata petugas.\n\n\
         \"Salah satunya penyebab kemacetan ya proyek galian,\" kata Daniel.\n\n\
         Ada empat pelaku dalam kasus ini, kata polisi.\n"
    );
    assert_eq!(
        cleaned.metadata.related,
        [
            "Lara Sopir Taksi Online di Bekasi: Dibegal Penumpang di Tol Jatiasih",
            "Pengeroyok Tukang Cukur di Bekasi, Polisi: Secepatnya Kami Tangkap"
        ]
    );
}

/// A related link that opens a paragraph flattened with the article after it: the paragraph is
/// the article's and stays, and only the link goes (before, the whole paragraph went with it).
/// An ad marker that parts a paragraph leaves the link opening what follows it, and that link
/// goes in the same run. A line that is only the link goes whole, small words and all.
#[test]
fn a_related_link_opening_a_flattened_paragraph_goes_and_the_paragraph_stays() {
    let story = "Kenaikan ini tidak hanya membuat pedagang terkejut, tetapi juga membuat para pembeli menahan diri. \
                 Susi, salah seorang pedagang cabai, mengatakan pasokan dari distributor terbatas karena banyak \
                 petani gagal panen akibat musim hujan dan banjir di daerah pemasok.";
    let page = format!(
        "Harga cabai merah di pasar tradisional Sengeti naik menjadi Rp120.000 per kilogram sejak pekan lalu.\n\
         Baca juga: Harga Kebutuhan Pokok Naik Signifikan, Cabai Tembus Rp.80.000 {story}\n"
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert!(cleaned.text.ends_with(&format!("\n\n{story}\n")), "{}", cleaned.text);
    assert_eq!(cleaned.metadata.related, ["Harga Kebutuhan Pokok Naik Signifikan, Cabai Tembus Rp.80.000"]);

    let page = format!(
        "Harga cabai merah di pasar tradisional Sengeti naik menjadi Rp120.000 per kilogram sejak pekan lalu, \
         kata pedagang. SCROLL TO CONTINUE WITH CONTENT Baca juga: Harga Kebutuhan Pokok Naik Signifikan {story}\n"
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert!(!cleaned.text.contains("Baca juga"), "{}", cleaned.text);
    assert!(cleaned.text.ends_with(&format!("\n\n{story}\n")), "{}", cleaned.text);

    let link = "Baca juga: Truk di Surabaya Alami Kejadian Horor, Dengar Tangis Wanita Tanpa Wujud";
    flood_article(None, &format!("{}\n\n{link}\n\n{}\n\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]));
}

/// A network's offer to follow its channel, glued after the last sentence of a paragraph by a
/// dump that lost its breaks, goes to the paragraph's end; the paragraph stays (before, the
/// prompt's `klik link` took the whole paragraph for a prompt).
#[test]
fn a_channel_offer_glued_to_the_last_paragraph_goes_and_the_paragraph_stays() {
    let page = format!(
        "{}\n\n{}\n\n{}Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari \
         bergabung di Grup Telegram \"Kompas.com News Update\", caranya klik link https://t.me/kompascomupdate, \
         kemudian join. Anda harus install aplikasi Telegram terlebih dulu di ponsel.\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    flood_article(None, &page);
}

/// A dump that lost every break glues `Baca Juga:` to its titles, the titles to each other and
/// the last title to the next sentence: the link ends at the last capital glued to a lower-case
/// letter or a figure, where the next sentence opens; no word of it stays glued to that sentence.
#[test]
fn related_titles_glued_to_each_other_and_to_the_next_sentence_go() {
    let page = "Harga gabah di tingkat petani turun sejak awal bulan, kata kepala dinas pertanian, Kamis \
                (30/4/2020).Baca Juga:Pengembangan Vaksin Covid-19, Kalbe Farma Gandeng Perusahaan KoreaInflasi \
                Selama Ramadan Terjaga StabilDia menjelaskan, stok beras di gudang Bulog masih cukup hingga Lebaran \
                nanti. Baca Juga:Kuda Delman di Jakut MemprihatinkanTerima 55.066 Paket Sembako, Warga Naik 50%Saat \
                ini, lanjut dia, harga cabai juga mulai turun di pasar induk.\n";
    let cleaned = common::pipeline().clean_str(page);
    assert_eq!(
        cleaned.text,
        "Harga gabah di tingkat petani turun sejak awal bulan, kata kepala dinas pertanian, Kamis (30/4/2020).\n\n\
         Dia menjelaskan, stok beras di gudang Bulog masih cukup hingga Lebaran nanti.\n\n\
         Saat ini, lanjut dia, harga cabai juga mulai turun di pasar induk.\n"
    );
}

/// Tribun's writer credit on a line of its own after the article goes to `authors`.
#[test]
fn a_writers_credit_line_after_the_article_is_lifted() {
    let page = format!("{}\n(Tribunnews.com/Reza Deni)\nBaca berita lainnya di Google News\n", FLOOD.join("\n"));
    let cleaned = flood_article(None, &page);
    assert_eq!(cleaned.metadata.authors, ["Reza Deni"]);
}

/// Paywall prompts, sponsored-content labels, page numbers, zoom and report buttons go wherever
/// they stand; the reader-reaction widget goes after the article.
#[test]
fn paywall_prompts_labels_and_reaction_widgets_go() {
    let anywhere = [
        "Berlangganan untuk membaca artikel ini",
        "Konten Eksklusif",
        "Subscribe to read the full story",
        "Please enable JavaScript to view the comments",
        "Konten Bersponsor",
        "Halaman 2",
        "Lanjutkan ke halaman berikutnya",
        "Klik untuk memperbesar",
        "Laporkan",
        "Next",
        "Scroll kebawah untuk lihat konten",
        "IMG 20190528 WA0025",
        "WhatsApp Image 2023-05-02 at 10.15.32",
        "Avatar photo",
        "Baca berita tanpa iklan. Gabung Kompas.com+",
        "Anda bisa menjadi kolumnis !",
        "[RWT]",
        "zoom-in-whitePerbesar",
        "2 dari 4 halaman",
        "Lanjutkan Membaca ↓",
        "Berita Terkini Selengkapnya",
        "Tulisan dari Lufti Avianto tidak mewakili pandangan dari redaksi kumparan",
        "Cek berita dan artikel yg lain di Google News dan ikuti WhatsApp channel mediaindonesia.com",
        "Mau Berita Terbaru Lainnya dari Warta Ekonomi? Yuk Follow Kami di Google News dengan Klik Simbol Bintang.",
        "Nikmati berita olahraga pilihan langsung di ponselmu hanya dengan klik channel WhatsApp ini: https://whatsapp.com/channel/0029Vae5",
        "Silakan baca konten menarik lainnya dari JPNN.com di Google News",
        "📣 Ikuti saluran resmi WhatsApp kami sebelum membaca berita!",
        "Join WhatsApp",
        "Temukan berita BantenNews.co.id di Google News.",
        "Dukung BantenNews.co.id untuk terus menyajikan jurnalistik yang independen dengan mengklik di sini.",
        "Baca 10 detik",
        "Perbesar",
        "Logo",
        "Foto:",
        "Baca secara lengkap di: E-Paper Solopos.",
        "Promosi Pegadaian Buka Lowongan Pekerjaan Khusus IT, Cek Kualifikasinya",
        "Isi poster dari aksi mahasiswa UNS Solo, Senin (13/9/2021). (dok. BEM UNS)",
        "Ilustrasi Kaleidoskop laporan In-Depth 2018. tirto.id/Lugas",
        "harga-beras-pasar.jpeg",
        "image-gnews",
        "Lupa Kata Sandi? Klik di Sini",
        "Kirimkan Lagi Sekarang",
        "- VIVA.co.id/Fajar Sodiq (Solo)",
        "14.41.00",
        "Terverifikasi Administratif dan Faktual oleh Dewan Pers",
        "750 x 100 AD PLACEMENT",
        "1 week ago 32",
        "Jakarta - Otoritas Jasa Keuangan menerbitkan Peraturan OJK Nomor 27 Tahun 2024 tentang… Read More",
    ];
    goes_wherever_it_stands(&anywhere);
    let page = format!("{}\nApa reaksi Anda?\nSenang\nSedih\nMarah\n", FLOOD.join("\n"));
    assert_eq!(common::pipeline().clean_str(&page).text, article(None, &FLOOD));
    for footer in ["Komentar0", "Baca Lainnya:\n- Warga Kaliwiro Wonosobo Diduga Hilang Misterius"] {
        let page = format!("{}\n{footer}\n", FLOOD.join("\n"));
        assert_eq!(common::pipeline().clean_str(&page).text, article(None, &FLOOD), "{footer}");
    }
}

/// A page cut from its top down has no title, and an ad slot's label inside the body is not the
/// end of a box of prose above it: the article's first paragraph stays, and so do the line that
/// introduces a list and the subheading after the label.
#[test]
fn prose_above_an_ad_label_is_the_article_even_without_a_title() {
    let (intro, subheading) = ("Berikut rangkumannya:", "Posko Pengungsian Masih Kekurangan Selimut");
    for label in ["SCROLL TO CONTINUE WITH CONTENT", "Advertisement", "Scroll untuk melanjutkan membaca"] {
        let page = format!("{}\n{intro}\n{label}\n{subheading}\n{}\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
        let expected = article(None, &[FLOOD[0], intro, subheading, FLOOD[1], FLOOD[2]]);
        assert_eq!(common::pipeline().clean_str(&page).text, expected, "{label}");
    }
}

/// Bylines as sites print them: several names, a flattened table row, a date after the name, a
/// profile box whose name stands above the title; a bare picture credit; a paywall's offers.
#[test]
fn bylines_in_every_shape_are_lifted_and_a_paywall_ends_the_article() {
    let title = "Posko Pengungsian Dibuka di Tiga Kecamatan";
    let page = format!(
        "Indah Novita Dewi\nIndah Novita Dewi Mohon Tunggu... Hobi menulis dan membaca.\nSelanjutnya\nTutup\n\
         {title}\nOleh Redaksi Kabar | 04 November 2016\nOleh: Nurvirta Monarizqa, Ingki Rinaldi, & Palupi Annisa\n\
         oleh Ahmad Fawwaz Usman diperbarui 27 Jun 2018, 14:15 WIB\n\
         ilustrasi/net\n{}\n{}\nPenulis | : | Atikah Ishmah W |\nEditor | : | Hendra Gunawan |\n{}\n\
         Reporter: Pipit Ika,Sumber: ,\n\
         Agar bisa lanjut membaca sampai tuntas artikel ini, pastikan Anda sudah berlangganan.\n\
         Hanya dengan 20rb/bulan Anda bisa mendapatkan berita pilihan\nRp 120.000\nBerlangganan dengan Google\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(
        cleaned.metadata.authors,
        [
            "Indah Novita Dewi",
            "Redaksi Kabar",
            "Nurvirta Monarizqa",
            "Ingki Rinaldi",
            "Palupi Annisa",
            "Ahmad Fawwaz Usman",
            "Atikah Ishmah W",
            "Pipit Ika"
        ]
    );
    assert_eq!(cleaned.metadata.editors, ["Hendra Gunawan"]);
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2016-11-04"));
    let caption = &cleaned.metadata.captions[0];
    assert_eq!((caption.text.as_str(), caption.credit.as_deref()), ("ilustrasi", Some("net")));
}

/// `Oleh:` alone on its line, the name on the next: a byline, whichever language writes it,
/// and a row of share buttons glued together is no title.
#[test]
fn a_byline_label_with_its_name_below_goes_to_authors() {
    let title = "Posko Pengungsian Dibuka di Tiga Kecamatan";
    let page = format!(
        "Share on FacebookShare on TelegramShare on WhatsApp\n{title}\nOleh:\nJufitri Bin Joha\n{}\n{}\n{}\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.authors, ["Jufitri Bin Joha"]);
}

/// A byline that names the editor after the writer, with marks between them (`Laporan: Nana
/// Suryana // Editor: Sony`), is one line: both names are lifted and nothing of it stays.
#[test]
fn a_writer_and_editor_line_with_marks_between_them_goes_whole() {
    let title = "Posko Pengungsian Dibuka di Tiga Kecamatan";
    let page =
        format!("{title}\n{}\n{}\n{}\nLaporan: Nana Suryana // Editor: Sony Wibisono\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.authors, ["Nana Suryana"]);
    assert_eq!(cleaned.metadata.editors, ["Sony Wibisono"]);
}

/// The site's domain and tagline above the title is its header, and a link to the rest of a
/// summary glued after its last sentence goes.
#[test]
fn a_sites_tagline_and_a_glued_link_go() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    let page = format!(
        "SOLOPOS.COM - Panduan Informasi dan Inspirasi\n{title}\n{}\n{} Baca selengkapnya di sini.\n{}\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.site.as_deref(), Some("SOLOPOS.COM"));
}

/// Above the article: the skip link, the breadcrumb trail, and the trail with the title glued to
/// its end; the title itself stays, and a dateline with a comma before its dash goes.
#[test]
fn breadcrumbs_above_the_title_go() {
    let title = "Harga Beras di Pasar Banjar Naik Melebihi HET, Apa Penyebabnya?";
    let page = format!(
        "Menuju konten utama\nBeranda › Berita › Nasional\nBeranda blog Halaman 404\nBeranda Berita Nasional {title}\nBerandaBanjarNasional{title}\n\
         {title}\nharapanrakyat.com,- {}\n{}\n{}\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.site.as_deref(), Some("harapanrakyat.com"));
}

/// Topic and section labels printed over the headline are shorter than it: the headline is the
/// title, and the labels go with the page's header.
#[test]
fn labels_over_the_headline_are_not_the_title() {
    let title = "Gempa Bumi M 4,2 Guncang Kawasan Pangandaran, Tak Berpotensi Tsunami";
    for labels in ["Info Gempa Bumi Hari Ini", "Penulis dan Guru\nHumaniora Artikel Utama"] {
        let page = format!("{labels}\n{title}\n{}\n", FLOOD.join("\n"));
        let cleaned = common::pipeline().clean_str(&page);
        assert_eq!(cleaned.text, article(Some(title), &FLOOD), "{labels}");
    }
}

/// The headline stands over its byline and date line; headline-like lines above it (an
/// advertiser's slogans, a section's copy of the headline with its date) are the site's.
#[test]
fn the_title_is_the_headline_over_the_byline() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir Utara";
    let heads = [
        "Aplikasi Pilkada / Software Pilkada Terbaik Untuk Memenangkan Pilkada 2020\n\nIT Konsultan Terbaik Indonesia",
        "Banjir Melanda Tiga Kecamatan di Pesisir Utara Regional 25 Desember 2025",
    ];
    for (head, byline) in
        heads.iter().zip(["  • Oleh Budi Yulianto\n  • 27 November 2019 - 17:46 WIB", "Oleh: Budi Yulianto"])
    {
        let page = format!("{head}\n\n{title}\n\n{byline}\n\n{}\n", FLOOD.join("\n\n"));
        let cleaned = flood_article(Some(title), &page);
        assert_eq!(cleaned.metadata.title.as_deref(), Some(title));
        assert_eq!(cleaned.metadata.authors, ["Budi Yulianto"]);
    }
}

/// Tribun sets a summary between the headline and the byline, the lede's opening words without
/// its full stop: it stands over the byline but is no headline.
#[test]
fn a_summary_over_the_byline_is_not_the_title() {
    let title = "Alasan Bupati Minta Warga Pasang Umbul-umbul Kuning";
    let summary = "Pemerintah daerah menyiapkan posko pengungsian di tiga kecamatan yang terdampak banjir";
    let page = format!(
        "Berita Berau Terkini\n{title}\n{summary}\nPenulis: Renata Andini | Editor: Budi Susilo\n{}\n",
        FLOOD.join("\n")
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.metadata.title.as_deref(), Some(title), "{}", cleaned.text);
    assert!(cleaned.text.starts_with(title));
}

/// A byline box as a scraper keeps it: the pictures' alt text (`foto-reporter`), the labels, and
/// a name under its label where the picture stood above it. All go; the name is lifted.
#[test]
fn a_byline_boxs_pictures_and_labels_go_and_the_name_under_a_label_is_lifted() {
    let title = "5 Resep Sambal, Cocolan Makanan Khas Nusantara untuk Kamu";
    let page = format!(
        "{title}\n\nfoto-reporter\n\nReporter\n\nfoto-reporter\n\nEditor\n\nKinanti Munggareni\n\ngoogle-image\n\n{}\n",
        FLOOD.join("\n\n")
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.editors, ["Kinanti Munggareni"]);
}

/// kumparan's header under the headline: the site's name with its hashtag, then the date and the
/// writer with the desk. Both go; the date and the writer are lifted.
#[test]
fn kumparans_tagline_and_byline_go() {
    let title = "H+3 Lebaran, Ratusan Ribu Wisatawan Padati Objek Wisata";
    let page = format!(
        "{title}\n\nkumparan - #kumparanAdalahJawaban\n\nApr 13th 2024, 18:07, by Ochi Amanaturrosyidah, kumparanNEWS\n\n{}\n",
        FLOOD.join("\n\n")
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2024-04-13T18:07"));
    assert_eq!(cleaned.metadata.authors, ["Ochi Amanaturrosyidah"]);
}

/// A graphic's credit in capitals and the address of an embedded post, each a paragraph of its
/// own, are what the page kept of a picture and a post: they go.
#[test]
fn a_graphics_credit_and_an_embedded_posts_address_go() {
    let page = format!(
        "{}\n\nGRAFIS TRIBUN SUMSEL\n\n{}\n\n{}\n\nhttps://x.com/bernamadotcom/status/1911793961280446513?t=GVzJ&s=19\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    flood_article(None, &page);
}

/// A school's page: its menu behind `MENU >>` with the items between bars, and the date of the
/// last update under the heading, go.
#[test]
fn a_menu_line_and_the_last_update_go() {
    let title = "Biaya Bantuan Mahasiswa Tahun Ini";
    let page = format!(
        "MENU >> Alur Pendaftaran | Syarat Pendaftaran | Berita\n\n{title}\nUpdate Terakhir :21 Februari 2011\n\n{}\n",
        FLOOD.join("\n\n")
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2011-02-21"));
}

/// Some scrape datasets store an article as a Python literal: the list of its paragraphs, or the
/// repr of its bytes. The paragraphs come back, one a block, with what the escapes stand for,
/// and the article is cleaned as any other; every step is an edit of its own.
#[test]
fn an_article_stored_as_a_python_literal_gives_its_paragraphs() {
    let quoted = |p: &str| format!("'{}'", p.replace('\'', "\\'"));
    let list = format!(
        "['jpnn.com, JAKARTA - {}', {}]",
        FLOOD[0],
        FLOOD[1..].iter().map(|p| quoted(p)).collect::<Vec<_>>().join(", ")
    );
    let cleaned = flood_article(None, &list);
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("JAKARTA"));
    assert!(cleaned.edits.iter().any(|e| e.rule == "N014"));
    let bytes = format!("b'TRIBUNNEWS.COM -\\xc2\\xa0{}\\n\\n{}\\n\\n{}'", FLOOD[0], FLOOD[1], FLOOD[2]);
    let cleaned = flood_article(None, &bytes);
    assert_eq!(cleaned.metadata.site.as_deref(), Some("TRIBUNNEWS.COM"));
}

/// A round-up's summaries glued into one line by their links (`... bank. Baca selengkapnya di
/// siniPT Toko Modal ...`): the links go and each summary is a paragraph again.
#[test]
fn links_gluing_summaries_go_and_the_summaries_part() {
    let page = format!("{} Baca selengkapnya di sini{} Baca selengkapnya di sini{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    assert_eq!(common::pipeline().clean_str(&page).text, article(None, &FLOOD));
}

/// A page's keywords above or after the article go; the same kind of line introduced as the
/// article's own list stays.
#[test]
fn keyword_lists_go_but_the_articles_own_list_stays() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    let head = "id Kemal Effendi Gani,AHC,LKBN Antara,HUT ANTARA,Hut ke-87 ANTARA";
    let tail = "banjir bandang perumahan dinar indah Perum Dinar Indah kota semarang mengungsi sungai pengkol";
    let page = format!("{title}\n\n{head}\n\n{}\n{tail}\n", FLOOD.join("\n"));
    assert_eq!(common::pipeline().clean_str(&page).text, article(Some(title), &FLOOD));
    let intro = "Berikut kata kunci yang paling banyak dicari warga sepanjang pekan:";
    let page = format!("{title}\n{}\n{intro}\n{tail}\n", FLOOD.join("\n"));
    let expected = article(Some(title), &[FLOOD[0], FLOOD[1], FLOOD[2], intro, tail]);
    assert_eq!(common::pipeline().clean_str(&page).text, expected);
}

/// A page's date field printed before the first sentence is residue, and goes.
#[test]
fn a_date_field_before_the_first_sentence_goes() {
    let page = format!("date 2023-02 {}\n{}\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    assert_eq!(common::pipeline().clean_str(&page).text, article(None, &FLOOD));
}

/// CNBC Indonesia's byline row and its link to the next article after the newsroom code.
#[test]
fn a_byline_row_and_a_next_article_link_go() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    let page = format!(
        "{title}\nNews - Damiana Cut Emeria, CNBC Indonesia 26 September 2022 16:26\n{}\n{}\n\
         (ray/ray) Next Article Kenaikan Signifikan Harga Beras Ditemui di 13 Pasar DKI\n{} (ray/ray) Next Article Harga Cabai Naik\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.authors, ["Damiana Cut Emeria"]);
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2022-09-26T16:26"));
    let mut related = cleaned.metadata.related.clone();
    related.sort();
    assert_eq!(related, ["Harga Cabai Naik", "Kenaikan Signifikan Harga Beras Ditemui di 13 Pasar DKI"]);
}

/// A gloss in brackets with a slash at a paragraph's end (`(month-to-month/mtm)`) is the
/// article's, not a photo credit: the paragraph stays.
#[test]
fn a_glossed_term_at_a_paragraphs_end_is_no_photo_credit() {
    let gloss = "Badan Pusat Statistik melaporkan inflasi sebesar 0,04 persen pada Januari 2024 dibandingkan bulan \
                 sebelumnya (month-to-month/mtm).";
    let page = format!("{}\n{gloss}\n{}\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    let expected = article(None, &[FLOOD[0], gloss, FLOOD[1], FLOOD[2]]);
    assert_eq!(common::pipeline().clean_str(&page).text, expected);
}

/// Credits after the article as small sites print them: editor and reporter on one line in
/// either order, a name in lower case, a source with its note; Blogger's empty comment count.
#[test]
fn credit_lines_after_the_article_are_lifted() {
    let page = format!(
        "{}\nEditor: Rochman Arief Reporter: Farizal Tito\nPenulis: Kurniawan Eka Mulyana Editor: Purwanto\n\
         editor: ricky fitriyanto\nSumber: Kompas TV/berbagai sumber\nNo comments:\n",
        FLOOD.join("\n")
    );
    let cleaned = flood_article(None, &page);
    assert_eq!(cleaned.metadata.authors, ["Farizal Tito", "Kurniawan Eka Mulyana"]);
    assert_eq!(cleaned.metadata.editors, ["Rochman Arief", "Purwanto", "ricky fitriyanto"]);
}

/// A site's domain alone above the title is its logo, and a menu label between a topic label
/// and the headline does not make the label the title.
#[test]
fn a_bare_domain_and_a_menu_label_above_the_headline_go() {
    let title = "Sejak Dahulu Pers Memegang Peranan Penting Terhadap Pembangunan Daerah";
    let page = format!("Dinkes Kab Nisel\nSports\n{title}\nMetronewstv.co.id\n{}\n", FLOOD.join("\n"));
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.site.as_deref(), Some("Metronewstv.co.id"));
}

/// A page that opens with the article's first paragraph, lists of links below it and the longest
/// run of prose further down: the dateline at the top is still the article's dateline.
#[test]
fn a_dateline_at_the_top_of_the_page_is_found_far_above_the_body() {
    let links = "– Hasil PSCS Cilacap Vs Persib Bandung, Skor 3-1\n– Laga Perdana Liga 1 2020 Lawan Persipura\n";
    let short = "Akibatnya warga mengungsi.\nYakni Kendal dan Grobogan.\n";
    let page = format!("TRIBUNJATENG.COM, SEMARANG - {}\n{short}{links}{links}{}\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    let cleaned = common::pipeline().clean_str(&page);
    assert!(cleaned.text.starts_with(FLOOD[0]), "{}", cleaned.text);
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("SEMARANG"));
    assert_eq!(cleaned.metadata.site.as_deref(), Some("TRIBUNJATENG.COM"));
}

/// Related links in sentence case glued after a paragraph's last sentence, one after another to
/// the paragraph's end: nothing after them ends a sentence, so they all go, and each title is
/// lifted whole.
#[test]
fn a_run_of_related_links_at_a_paragraphs_end_goes_whole() {
    let links = " Baca juga: Pemprov Lampung jalin kerja sama dengan Unila untuk bangun daerah \
                 Baca juga: Gubernur sebut 213 mahasiswa KKN bantu bangun desa";
    let page = format!("{}\n{}\n{}{links}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    let cleaned = flood_article(None, &page);
    assert_eq!(
        cleaned.metadata.related,
        [
            "Pemprov Lampung jalin kerja sama dengan Unila untuk bangun daerah",
            "Gubernur sebut 213 mahasiswa KKN bantu bangun desa"
        ]
    );
}

/// A prompt to follow the site glued after the last related link is no part of its title, nor
/// is the comma of the paragraph the link was glued into.
#[test]
fn a_follow_prompt_after_the_last_related_link_is_no_part_of_its_title() {
    let links = " Baca Juga: Bos OJK Sebut Rasio Kredit Bermasalah Kian Membaik, \
                 Baca Juga: Sri Mulyani dan Menkeu G20 Bertukar Strategi Cek Berita dan Artikel yang lain di Google News";
    let page = format!("{}\n{}\n{}{links}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    let cleaned = flood_article(None, &page);
    assert_eq!(
        cleaned.metadata.related,
        ["Bos OJK Sebut Rasio Kredit Bermasalah Kian Membaik", "Sri Mulyani dan Menkeu G20 Bertukar Strategi"]
    );
}

/// The writer's full name in brackets on a line of its own after the article is the byline; a
/// date in brackets with a slash ending a sentence of the article is no photo credit.
#[test]
fn a_writers_name_in_brackets_below_the_article_is_the_byline_and_a_date_is_no_credit() {
    let dated =
        FLOOD[0].replace("Jumat malam,", "Jumat malam (Senin, 21/5),").replace("bencana.", "bencana (Senin, 21/2018).");
    let page = format!("{dated}\n{}\n{}\n\n(Eni Kusti Rahayu)\n", FLOOD[1], FLOOD[2]);
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.text, format!("{dated}\n\n{}\n\n{}\n", FLOOD[1], FLOOD[2]));
    assert_eq!(cleaned.metadata.authors, ["Eni Kusti Rahayu"]);
    assert!(cleaned.metadata.captions.is_empty());
}

/// A theme's ad-block notice, WordPress's toolbar skip link, a page list and a date's label
/// without its date are the site's, wherever they stand.
#[test]
fn a_themes_notices_and_labels_go() {
    goes_wherever_it_stands(&[
        "Iklan - Geser ke atas untuk melanjutkan",
        "Geser ke atas Berita Selanjutnya",
        "Better experience in portrait mode.",
        "Orang lain juga bertanya?",
        "KEMBALI KE ARTIKEL",
        "Adblock Detected",
        "Please consider supporting us by disabling your ad blocker",
        "Refresh Page",
        "Lewat ke baris perkakas",
        "Laman: 1 2 3",
        "Diterbitkan",
        "Iklan - Geser ke atas untuk melanjutkan.",
    ]);
    flood_article(None, &format!("{}\nKomentari\n", FLOOD.join("\n")));
}

/// The headline printed again inside the article, an image's caption made of it, goes: the
/// title stays where it opens the page.
#[test]
fn the_headline_printed_again_inside_the_article_goes() {
    let title = "Banjir Rendam Tiga Kecamatan, Warga Mengungsi";
    let page = format!("{title}\n\n{}\n\n{title}.\n\n{}\n\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    flood_article(Some(title), &page);
}

/// A date's labels left without their dates (the page's template printed them empty) go
/// wherever they stand.
#[test]
fn a_dates_labels_without_their_dates_go() {
    goes_wherever_it_stands(&["Diperbarui: Diterbitkan:", "Diterbitkan"]);
}

/// A label whose value (a link, an image) did not come through the scrape goes wherever it
/// stands: the value was the page's, and so is the label.
#[test]
fn labels_left_without_their_values_go() {
    goes_wherever_it_stands(&["Copyright:", "Kategori :", "Rubrik:", "Sumber :"]);
}

/// An author box that names the site's staff account, not a writer, goes wherever it stands and
/// names no author.
#[test]
fn a_staff_account_for_a_byline_goes() {
    goes_wherever_it_stands(&["redaksi", "Admin"]);
    let page = format!(
        "{}

{}

{}

redaksi
",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    assert!(flood_article(None, &page).metadata.authors.is_empty());
}

/// A newsletter box's script, a named function and its branches, is code wherever it stands,
/// and the box's prompt glued to a paragraph's last sentence goes with it.
#[test]
fn a_newsletter_boxs_script_and_prompt_go() {
    goes_wherever_it_stands(&[
        "function nwsLetterSubmit() { var token = getCookieNwsLetter(\"kmp_uid\"); if (token !== null){",
        "window.location.href = \"https://www.kompas.com/newsletter/pendaftaran-berhasil\"; }else{",
    ]);
    let page = format!(
        "{}\n{}Dapatkan informasi, inspirasi dan insight di email kamu.Daftarkan email\n{}\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    flood_article(None, &page);
}

/// A site signing its text with its name in brackets, on a line of its own, goes wherever the
/// scrape left it.
#[test]
fn a_sites_name_alone_in_brackets_goes() {
    goes_wherever_it_stands(&["(LintasPapua.com))", "(kabarbanjar.co.id)"]);
}

/// Details a site prints around its post, in English too, go; what they name is lifted.
#[test]
fn post_details_go_and_name_the_writers() {
    goes_wherever_it_stands(&["Category: Speech Transcript", "Read: 354 Views", "Image: Tribunnews"]);
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    let cases: &[(&str, &[&str], Option<&str>)] = &[
        (
            "MINGGU, 12 JUNI 2016 | 19:20 WIB | LAPORAN: DEDE ZAKI MUBAROK",
            &["DEDE ZAKI MUBAROK"],
            Some("2016-06-12T19:20"),
        ),
        (
            "Kompas.com - 12/04/2022, 14:07 WIB\nRoberthus Yewen,\nPythag Kurniati\nTim Redaksi",
            &["Roberthus Yewen", "Pythag Kurniati"],
            Some("2022-04-12T14:07"),
        ),
        ("Oleh : Dadang Kurnia | | Source : -", &["Dadang Kurnia"], None),
        ("Oleh: Rahman H. Lahabu . August 5, 2025 . 14:52:25", &["Rahman H. Lahabu"], None),
        ("Tuesday, 28 March, 2017 | 08:48 WIB", &[], Some("2017-03-28T08:48")),
        ("• Oleh Budi Yulianto", &["Budi Yulianto"], None),
    ];
    for &(byline, authors, published) in cases {
        let cleaned = flood_article(Some(title), &format!("{title}\n{byline}\n{}\n", FLOOD.join("\n")));
        assert_eq!(cleaned.metadata.authors, authors, "{byline}");
        assert_eq!(cleaned.metadata.published.as_deref(), published, "{byline}");
    }
    for credit in ["Narator: Suhiya Zahrati", "(TRIBUNNEWSWIKI.COM/Suhiya Zahrati)"] {
        let cleaned = flood_article(None, &format!("{}\n{credit}\n", FLOOD.join("\n")));
        assert_eq!(cleaned.metadata.authors, ["Suhiya Zahrati"], "{credit}");
    }
    let cleaned = flood_article(
        None,
        &format!("{}\nReviewed by Muhardi\nSee: Police Track Down Riot Hoax Accounts\n", FLOOD.join("\n")),
    );
    assert_eq!(cleaned.metadata.editors, ["Muhardi"]);
    assert_eq!(cleaned.metadata.related, ["Police Track Down Riot Hoax Accounts"]);
}

/// Kompas prints its author box's label glued before the dateline when the box is flattened.
#[test]
fn kompas_author_label_glued_to_the_dateline_goes() {
    let cleaned = flood_article(None, &format!("Tim Redaksi KOMPAS.com - {}\n{}\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]));
    assert_eq!(cleaned.metadata.site.as_deref(), Some("KOMPAS.com"));
}

/// Above the article, the heading of Tribun's summary box goes, with the point glued to it.
#[test]
fn a_summary_boxs_heading_goes() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    flood_article(Some(title), &format!("{title}\nRingkasan Berita:Banjir Melanda Pesisir\n{}\n", FLOOD.join("\n")));
}

/// An advertorial's mark after the last sentence goes.
#[test]
fn an_advertorials_mark_goes() {
    flood_article(None, &format!("{}\n{}\n{} (Advertorial)\n", FLOOD[0], FLOOD[1], FLOOD[2]));
}

/// A theme's byline whose name the scraper dropped (`oleh -716 views`, `oleh`, `Penulis :
/// Editor :`) and a view count with its category glued on are furniture above the article.
#[test]
fn credit_labels_without_a_name_and_view_counts_go() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    for byline in ["oleh -716 views\noleh", "oleh -", "Penulis : Editor :\nPariwisata122 views", "Dibaca 1.234 kali"] {
        under_headline(title, byline);
    }
    let cleaned = flood_article(Some(title), &format!("{title}\noleh\nBudi Santoso\n{}\n", FLOOD.join("\n")));
    assert_eq!(cleaned.metadata.authors, ["Budi Santoso"]);
}

/// A blog editor's caption placeholder goes wherever it stands, and an English date line above
/// the article is the date it was published.
#[test]
fn a_caption_placeholder_goes_and_an_english_date_line_is_lifted() {
    goes_wherever_it_stands(&["Klik untuk tambah keterangan"]);
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    let cleaned = under_headline(title, "Monday, 15 September 2025");
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2025-09-15"));
}

/// A site's menu bar run together on one line (section names, no marks, no function words) is
/// no headline: the title is the headline below it.
#[test]
fn a_menu_bar_run_together_is_not_the_title() {
    let title = "Rektor Unisvet Semarang: Wisuda Bukan Akhir Pembelajaran";
    let menu =
        "Home Warta Nasional Keislaman Regional Opini Kiai NU Menjawab Dinamika Taushiyah Obituari Fragmen Tokoh";
    let cleaned =
        common::pipeline().clean_str(&format!("{menu}\nSabtu, 20 April 2024\n{title}\n{}\n", FLOOD.join("\n")));
    assert_eq!(cleaned.metadata.title.as_deref(), Some(title));
    assert_eq!(cleaned.text, article(Some(title), &FLOOD));
}

/// A blog's comment count below the article goes.
#[test]
fn a_comment_count_goes() {
    flood_article(None, &format!("{}\n\n0 comments:\n", FLOOD.join("\n\n")));
}

/// A share widget's tracking link goes, alone with the title before it or glued after the
/// article's last sentence, which stays.
#[test]
fn a_share_trackers_link_goes() {
    let link = "See more at: http://siwalimanews.com/post/banjir#sthash.9DzYYktR.dpuf";
    flood_article(None, &format!("{}\n\nBanjir Melanda Tiga Kecamatan - {link}\n", FLOOD.join("\n\n")));
    flood_article(None, &format!("{}\n\n{}\n\n{} - {link}\n", FLOOD[0], FLOOD[1], FLOOD[2]));
}

/// A long first paragraph with a sentence ending inside it is a lede cut short, not a headline,
/// even when its last sentence has lost its full stop.
#[test]
fn a_lede_of_two_sentences_without_a_final_stop_is_not_the_title() {
    let lede = "Menyebut nasi uduk Betawi, banyak orang langsung terbayang nasi uduk Kebon Kacang. Kenapa ya \
                daerah ini terkenal sebagai kawasan penjual nasi uduk";
    let cleaned = common::pipeline().clean_str(&format!("{lede}\n{}\n", FLOOD.join("\n")));
    assert_eq!(cleaned.metadata.title, None);
    assert!(cleaned.text.starts_with(lede));
}

/// A fact-check desk's finding that names the platform a claim came from is the article, not a
/// prompt to follow the site there.
#[test]
fn a_fact_checks_finding_that_names_a_platform_stays() {
    let finding = "Cek Fakta Liputan6.com mendapati klaim link pendaftaran bansos digital dari Kementerian Sosial, \
                   informasi tersebut diunggah salah satu akun Facebook, pada 8 Januari 2026.";
    let page = format!("{finding}\n\n{}\n", FLOOD.join("\n\n"));
    assert_eq!(common::pipeline().clean_str(&page).text, page);
}

/// The title cut at a clause and printed again under an image (its alt text) is a copy of the
/// title, however many times it is printed.
#[test]
fn the_title_cut_at_a_clause_and_printed_again_goes() {
    let title = "Pjs Bupati Gelar Coffee Morning Bersama Insan Pers, Bahas Isu Pilkada dan Pembangunan";
    let short = "Pjs Bupati Gelar Coffee Morning Bersama Insan Pers";
    under_headline(title, &format!("{short}\n\n{short}"));
}

/// A video linked after the article with `Simak juga` is a related item; the colon that
/// introduced the player is not part of its title.
#[test]
fn a_linked_videos_title_is_lifted_without_the_prompts_colon() {
    let link = "Simak juga Video 'Purbaya Ungkap Rahasia Bertahan 32 Tahun: Harga Stabil':";
    let cleaned = flood_article(None, &format!("{}\n\n{link}\n", FLOOD.join("\n\n")));
    assert_eq!(cleaned.metadata.related, ["Video 'Purbaya Ungkap Rahasia Bertahan 32 Tahun: Harga Stabil'"]);
}

/// A place in capitals and the site's domain on a line above the article are its dateline, not a
/// writer's byline.
#[test]
fn a_place_and_domain_line_above_the_article_is_the_dateline() {
    let cleaned = flood_article(None, &format!("KOTA MALANG – malangpagi.com\n{}\n", FLOOD.join("\n")));
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("KOTA MALANG"));
    assert_eq!(cleaned.metadata.site.as_deref(), Some("malangpagi.com"));
    assert!(cleaned.metadata.authors.is_empty());
}

/// A BBC-style byline block (the writer after `Penulis,`, then the role and where they report
/// from), a reading-time estimate, a box's skip link and end marker and a back-to-top button
/// are the page's; the writer is lifted.
#[test]
fn a_byline_block_reading_time_and_box_links_go() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    let page = format!(
        "{title}\n\nPenulis, Muhammad Irham\n\nPeranan, BBC News Indonesia,\n\nMelaporkan dari, Tapanuli Tengah\n\n\
         10 Desember 2025\n\nWaktu membaca: 8 menit\n\n{}\n\nLewatkan Paling banyak dibaca dan terus membaca\n\n\
         Paling banyak dibaca\n\nAkhir dari Paling banyak dibaca\n\n{}\n\n{}\n\nBack to top button\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.authors, ["Muhammad Irham"]);
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2025-12-10"));
}

/// A place and the site's name (a regional edition's too) set apart above the first paragraph
/// are its dateline.
#[test]
fn a_place_and_site_name_alone_above_the_article_are_the_dateline() {
    for (line, site) in [("Jakarta, NU Online", "NU Online"), ("Semarang, NU Online Jateng", "NU Online Jateng")] {
        let cleaned = flood_article(None, &format!("{line}\n\n{}\n", FLOOD.join("\n\n")));
        assert_eq!(cleaned.metadata.dateline.as_deref(), Some(line.split(',').next().expect("a place")));
        assert_eq!(cleaned.metadata.site.as_deref(), Some(site));
    }
}

/// Widget residue around the article: icon-font names, a theme's byline with its category, a
/// lone count above the article, a photo credit without its caption, an image path cut from
/// its markup, a follow link split off its prompt.
#[test]
fn widget_residue_goes() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    let page = format!(
        "{title}\n\nA\nA\nA\n\nPublish\n\nBy admin In Medis\n\n0\n45\nDok Istimewa\n\nemoji_people\n\nvoice_over_off record_voice_over\n\n\
         {}\n\nSCROLL TO RESUME CONTENT\n\n{}\n\n:quality(30):format(webp)/sulbar/foto/bank/originals/Dosen-Muhammad.jpg)\n\n{}\n\n\
         Google News\n\n.jpg)\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    flood_article(Some(title), &page);
}

/// A newsroom's end mark after the last sentence (`(**)`, `**`, `(Red)`, `(Tim)`) goes; bold
/// marks around a word stay.
#[test]
fn a_newsrooms_end_mark_goes() {
    for mark in [".(**)", ". **", ". (Red)", ". (Tim)"] {
        let last = FLOOD[2].replace('.', mark);
        flood_article(None, &format!("{}\n\n{}\n\n{last}\n", FLOOD[0], FLOOD[1]));
    }
    let bold = format!("{}\n\n{}\n\nItu yang **penting**\n", FLOOD[0], FLOOD[1]);
    assert!(common::pipeline().clean_str(&bold).text.ends_with("**penting**\n"));
}

/// A newsroom's mark after the last sentence closes the article: what the page prints below it
/// (another article's card, with its picture's caption and a line of its quote) goes too. Prose
/// below the mark is still the article's.
#[test]
fn what_follows_a_newsrooms_end_mark_goes() {
    let last = FLOOD[2].replace('.', ". (asp)");
    let card = "Ernest Prakasa.\n\nRawan Tsunami, Ernest Prakasa Nekat Ajak Keluarga Liburan ke Pantai\n\n\
                \"Pasrah saja kalau gue sih.\"\n\nimg_title";
    flood_article(None, &format!("{}\n\n{}\n\n{last}\n\n{card}\n", FLOOD[0], FLOOD[1]));

    let more = "Sementara itu, petugas gabungan dari TNI, Polri dan relawan terus menyisir permukiman yang masih \
                tergenang untuk memastikan tidak ada warga yang tertinggal di rumahnya, terutama warga lanjut usia \
                dan anak-anak, sambil membagikan makanan siap saji dan selimut kepada para pengungsi di posko.";
    let page = format!("{}\n\n{}\n\n{last}\n\nErnest Prakasa.\n\n{more}\n", FLOOD[0], FLOOD[1]);
    assert!(common::pipeline().clean_str(&page).text.ends_with(&format!("{more}\n")));
}

/// A bulleted list of other articles' headlines above the headline is no part of the article:
/// the title is the headline under it, and no dash of the list is taken for a dateline's.
#[test]
fn a_bulleted_list_of_headlines_above_the_title_goes() {
    let title = "Harga Cabai Melonjak, Bupati Kediri Sidak Pasar Induk Pare";
    let list = "- Lewat Pagelaran Wayang, Pemprov Jatim Sosialisasikan Pemilu Serentak 2024\n\
                - Korpri Bersinergi dan Berkolaborasi untuk Kabupaten Kediri\n\
                - Piala Kerajaan Kediri III, Upaya Pelestarian Satwa Burung dan Tingkatkan Pelaku UMKM.\n\
                - HUT PGRI dan HGN Tahun 2023, Tingkatkan Layanan Pendidikan Wujudkan Kediri Yang Berbudaya.\n";
    flood_article(Some(title), &format!("{list}{title}\n{}\n", FLOOD.join("\n")));
}

/// A byline's widgets above the article (a `comment` count, icon names, a reading time) end
/// nothing: the short paragraphs under them are the article.
#[test]
fn a_comment_widget_above_the_article_does_not_end_it() {
    let title = "Warga Berau Panik hingga Mengungsi ke Alun-alun Usai Gempa";
    let page = format!(
        "{title}\n\n15 September 2024 23:56 WIB\n·\nwaktu baca 2 menit\ncomment\n3\nsosmed-whatsapp-white\n\
         copy-link-circle\nmore-vertical\nADVERTISEMENT\n{}\n",
        FLOOD.join("\n")
    );
    flood_article(Some(title), &page);
}

/// Republika's credit line names the reporter and the editor.
#[test]
fn a_rep_red_credit_line_names_reporter_and_editor() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    let cleaned = under_headline(title, "Rep: Antara/ Red: Yogi Ardhi Cahyadi");
    assert_eq!(cleaned.metadata.authors, ["Antara"]);
    assert_eq!(cleaned.metadata.editors, ["Yogi Ardhi Cahyadi"]);
}

/// detik's page head: the writer and the channel, the date, and the dateline set apart on a
/// line of its own above the first paragraph; a `sumber <domain>` line after the article.
#[test]
fn detiks_byline_and_a_dateline_on_its_own_line_are_lifted() {
    let title = "Bukan Cafe Racer, Kaum Milenial Papua Gilai Motor Ini";
    let page = format!(
        "{title}\n\nM Luthfi Andika - detikOto\nRabu, 24 Feb 2021 09:44 WIB\nJakarta -\n\n{}\n\nsumber rri.co.id\n",
        FLOOD.join("\n\n")
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.authors, ["M Luthfi Andika"]);
    assert_eq!(cleaned.metadata.site.as_deref(), Some("detikOto"));
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("Jakarta"));
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2021-02-24T09:44"));
}

/// A magazine's page: a search box's messages and the menu above the title, the size buttons and
/// a tag under it, glued share buttons, and a blog theme's English heading over other posts after
/// the article. The title is the headline after the menu, though labels stand under it too.
#[test]
fn the_title_is_the_headline_after_the_menu_even_with_labels_under_it() {
    let title = "Program Kerja Mahasiswa KKN yang Itu-Itu Saja";
    let page = format!(
        "Tidak Ada Hasil\nLihat Semua Hasil\n• Nusantara\n• Kuliner\n• Kampus\n• Gaya Hidup\nTidak Ada Hasil\n\
         Lihat Semua Hasil\nHome Kampus\n\n{title}\n\n12 Mei 2019\nA A\nkkn desa\ndesa wisata\n\n\
         Share on FacebookShare on Twitter\n\n{}\n\nYou may also like...\n\nDesa Wisata Baru Dibuka di Lereng Merapi\n",
        FLOOD.join("\n\n")
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.metadata.title.as_deref(), Some(title));
    assert!(cleaned.text.starts_with(title), "{}", cleaned.text);
    assert!(cleaned.text.ends_with(&format!("{}\n", FLOOD[2])), "{}", cleaned.text);
    assert!(!cleaned.text.contains("Share on"), "{}", cleaned.text);
}

/// A dump that put every link of a paragraph on its own line: the lede's pieces read as short
/// labels, and a related headline under them is no title, since a sentence stands above it.
#[test]
fn a_related_headline_below_a_lede_in_pieces_is_no_title() {
    let lines = [
        "Direktur Utama PT",
        "Freeport",
        "Indonesia Tony Wenas mengatakan permintaan tembaga meningkat seiring tren",
        "transisi energi",
        "bersih dan hijau yang terjadi di berbagai negara.",
        "Baca Juga",
        "Indonesia Fokus Wujudkan Target Transisi Energi Bersih pada 2025",
        "Kemenko Perekonomian: Tambang Berperan Penting dalam Transisi Energi",
        "energi bersih",
        "kendaraan listrik",
    ];
    let page = format!("{}\n\n{}\n", lines.join("\n\n"), FLOOD.join("\n\n"));
    let cleaned = common::pipeline().clean_str(&page);
    assert_ne!(cleaned.metadata.title.as_deref(), Some(lines[7]));
    assert!(cleaned.text.contains("bersih dan hijau"), "{}", cleaned.text);
}

/// Under the headline: the writer, the date and a view count on one line, then the title again
/// under its section's name. Both go; the writer and the date are lifted.
#[test]
fn a_byline_with_a_view_count_and_the_title_under_its_section_go() {
    let title = "Ukur Keberhasilan Siswa, MKKS Situbondo Gelar Lomba Akademik";
    let page = format!(
        "{title}\nSyamsuri - 19 May 2022 | 20:05 - Dibaca 1.85k kali\nPemerintahan {title}\n{}\n",
        FLOOD.join("\n")
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.authors, ["Syamsuri"]);
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2022-05-19T20:05"));
}

/// Under the headline, the writer and the date as networks print them: the name, a dash, the
/// day, the date and the time after a bar (the Grid network); a desk's initials after a slash
/// before the date. The line goes; the writer and the date are lifted.
#[test]
fn a_byline_of_name_day_date_and_time_goes() {
    let title = "Ukur Keberhasilan Siswa, MKKS Situbondo Gelar Lomba Akademik";
    for (byline, author, published) in [
        ("Debbyani Nurinda - Kamis, 19 September 2024 | 11:03 WIB", Some("Debbyani Nurinda"), "2024-09-19T11:03"),
        ("/ BW Minggu, 13 November 2016 | 09:08 WIB", None, "2016-11-13T09:08"),
    ] {
        let cleaned = under_headline(title, byline);
        assert_eq!(cleaned.metadata.authors.first().map(String::as_str), author, "{byline}");
        assert_eq!(cleaned.metadata.published.as_deref(), Some(published), "{byline}");
        assert_eq!(cleaned.metadata.dateline, None, "{byline}");
    }
}

/// kompas.id prints the article's deck above the byline: the credit label and the name under it
/// still go, with the reading time after its dot, and the name is lifted.
#[test]
fn a_byline_under_the_deck_goes() {
    let title = "Antusiasme Libur Panjang, Lokasi Wisata di Sulsel Ramai Pengunjung";
    let deck = "Sejumlah lokasi wisata di Sulsel ramai pengunjung yang mengisi libur panjang kali ini. Antisipasi \
                dilakukan dengan menyiagakan petugas SAR dan memperbanyak posko kesehatan.";
    let page = format!("{title}\n\n{deck}\n\nOleh\nReny Sri Ayu\n· 1 menit baca\n\n{}\n", FLOOD.join("\n\n"));
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.text, format!("{title}\n\n{deck}\n\n{}\n", FLOOD.join("\n\n")));
    assert_eq!(cleaned.metadata.authors, ["Reny Sri Ayu"]);
}

/// Theme furniture under the headline: a byline with the view count, the name of an ad slot, a
/// date line with the post's categories glued after it. All go; the date is lifted. A slot's
/// name goes wherever it stands.
#[test]
fn a_themes_byline_slot_names_and_categories_go() {
    let title = "Khutbah Jumat Singkat: Panduan Lengkap dan Contoh";
    let head = "by HITNEWS 48 views\n\nIklan Headers\n\nPublished On: 16 December 2021Categories: Headline, Puisi";
    let cleaned = under_headline(title, head);
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2021-12-16"));
    goes_wherever_it_stands(&["Iklan Tengah Artikel 1", "Iklan Bawah Artikel"]);
}

/// Other articles' headlines in a bulleted run between two paragraphs (a network's box of
/// links) go; the same lines under a line that introduces them are the article's own list.
#[test]
fn a_run_of_other_articles_headlines_inside_the_article_goes() {
    let links = "- Di Sumenep 300 Ternak Terpapar Virus PMK, Ini Langkah DKPP\n\
                 - Bangkitkan Brand BRK, Pemkab Bondowoso Apresiasi Kompetisi Seduh Kopi\n\
                 - Innalilahi, Warga Kunciran Jaya Meninggal Dunia Usai Vaksin Dosis Pertama";
    flood_article(None, &format!("{}\n{}\n{links}\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]));

    let intro = "Berikut kabar lain dari daerah pekan ini:";
    let page = format!("{}\n{}\n{intro}\n{links}\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    let cleaned = common::pipeline().clean_str(&page);
    assert!(cleaned.text.contains("Di Sumenep 300 Ternak"), "{}", cleaned.text);
}

/// A scrape of Antara's pages keeps the related links' labels without their links: empty ones go,
/// and one glued before the credit line is no related title; the writer is lifted.
#[test]
fn an_empty_related_label_before_the_credit_line_is_the_credit() {
    let page = format!(
        "{}\n\nBaca juga:  \n\n{}\n\n{}\n\nBaca juga:  \n\nBaca juga:  Pewarta: Aditya Ramadhan\nEditor: Teguh Handoko\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(None, &page);
    assert_eq!(cleaned.metadata.authors, ["Aditya Ramadhan"]);
    assert_eq!(cleaned.metadata.editors, ["Teguh Handoko"]);
    assert!(cleaned.metadata.related.is_empty(), "{:?}", cleaned.metadata.related);
}

/// A theme's top bar prints today's date, month first, above the headline: it goes, is no title
/// and gives no date; the post's own date under the headline does.
#[test]
fn todays_date_in_the_top_bar_is_neither_title_nor_date() {
    let title = "Harga Pertamax dan Dex Series Naik";
    let page = format!("Minggu , Oktober 21 2018\n\n{title}\n\n{}\n", FLOOD.join("\n\n"));
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.title.as_deref(), Some(title));
    assert_eq!(cleaned.metadata.published, None);
    let page = format!("Rabu, Oktober 1, 2025\n\n{title}\n\nRabu, 11 Juni 2025\n\n{}\n", FLOOD.join("\n\n"));
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2025-06-11"));
}

/// A theme's byline with the post's category under the headline goes; the writer is lifted.
#[test]
fn a_byline_with_the_posts_category_goes() {
    let title = "Pilih Paket Umroh yang Tepat dan Terpercaya";
    let cleaned = under_headline(title, "Oleh : Nanda Septania - Kategori : Umroh");
    assert_eq!(cleaned.metadata.authors, ["Nanda Septania"]);
}

/// A page's `<title>` as the first line, the headline and the site's name after a bar or a dash:
/// when the page names that site elsewhere too (its dateline), the name goes and the title is the
/// headline. A headline before a bar is no writer's byline, site or none.
#[test]
fn the_sites_name_after_the_headline_goes_from_the_title() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    for (top, dateline, site) in [
        (" - Kompas.com", "JAKARTA, KOMPAS.com - ", "KOMPAS.com"),
        (" | Bali Tribune", "balitribune.co.id | Amlapura - ", "balitribune.co.id"),
    ] {
        let page = format!("{title}{top}\n\n{dateline}{}\n\n{}\n\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
        let cleaned = flood_article(Some(title), &page);
        assert_eq!(cleaned.metadata.title.as_deref(), Some(title), "{top}");
        assert_eq!(cleaned.metadata.site.as_deref(), Some(site), "{top}");
    }
    let page = format!("{title} | Bali Tribune\n\n{}\n", FLOOD.join("\n\n"));
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.metadata.title.as_deref(), Some("Banjir Melanda Tiga Kecamatan di Pesisir | Bali Tribune"));
    assert!(cleaned.metadata.authors.is_empty(), "{:?}", cleaned.metadata.authors);
    // A kicker before the bar, a headline after it: no byline and site.
    let kicked = "Sambang Warga | Imbauan Waspada Isu Provokasi Menjadi Poin Penting";
    let cleaned = common::pipeline().clean_str(&format!("{kicked}\n\n{}\n", FLOOD.join("\n\n")));
    assert_eq!(cleaned.metadata.title.as_deref(), Some(kicked));
    assert!(cleaned.metadata.authors.is_empty(), "{:?}", cleaned.metadata.authors);
}

/// A post's line of details under the headline, its date and how often it was read with a
/// category or the poster's account around them, goes; the date is lifted.
#[test]
fn a_line_of_the_date_and_how_often_the_post_was_read_goes() {
    let title = "Wisuda Santri Madrasah Diniyah Salafiyah ke-6";
    for (details, published) in [
        ("08 September 2019 08:58:27  Admin  2.106 Kali Dibaca  Berita Desa", "2019-09-08T08:58"),
        ("Berita 20 Agustus 2024 Dilihat 255 Orang", "2024-08-20"),
    ] {
        let page = format!("{title}\n{details}\n{}\n", FLOOD.join("\n"));
        let cleaned = flood_article(Some(title), &page);
        assert_eq!(cleaned.metadata.published.as_deref(), Some(published));
    }
}

/// A schedule's days below the article's first prose are its headings, each over the day's
/// matches: they stay, and none of them is taken for the date of the post, which the byline
/// under the headline gives.
#[test]
fn the_days_of_a_schedule_in_the_article_stay() {
    let title = "Jadwal Pertandingan Pekan Pertama Liga 1";
    let schedule = "Berikut jadwal lengkap pekan pertama Liga 1:\n\nSabtu, 15 April 2017\n\nBarito Putera vs Mitra Kukar, \
                    pukul 15.00 WIB.\n\nPersib Bandung vs Arema FC, pukul 18.30 WIB.\n\nMinggu, 16 April 2017\n\nMadura \
                    United vs Bali United, pukul 15.00 WIB.";
    let page = format!(
        "{title}\n\nBy Ferril Dennys Sitorus - Kamis, 13 April 2017 | 09:16 WIB\n\n{}\n\n{schedule}\n",
        FLOOD.join("\n\n")
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.text, format!("{title}\n\n{}\n\n{schedule}\n", FLOOD.join("\n\n")));
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2017-04-13T09:16"));
    assert_eq!(cleaned.metadata.authors, ["Ferril Dennys Sitorus"]);
}

/// A results recap's days stay though a day's results read as headlines (`PSM Makassar vs Barito
/// Putera 4-1`, no stop): a list of other articles puts its dates between two headlines, and a
/// recap puts a day after the last result of the day before.
#[test]
fn the_days_of_a_results_recap_stay_over_results_that_read_as_headlines() {
    let recap = "Senin, 6 Februari 2023\n\nMadura United vs Persis Solo 2-3.\n\nSelasa, 7 Februari 2023\n\n\
                 Persita vs Persija Jakarta (ditunda)\n\nBhayangkara FC vs Persikabo 3-2.\n\nRabu, 8 Februari 2023\n\n\
                 PSM Makassar vs Barito Putera 4-1\n\nPSS Sleman vs Persik Kediri 2-1.";
    let page = format!("{}\n\n{recap}\n", FLOOD.join("\n\n"));
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.text, format!("{}\n\n{recap}\n", FLOOD.join("\n\n")));
    assert_eq!(cleaned.metadata.published, None);
}

/// What themes print after the article, each ending it: a list's button, a note that there are no
/// related posts, a comment box's heading and its disclaimer.
#[test]
fn a_themes_buttons_and_notes_after_the_article_go() {
    for footer in [
        "Load more",
        "No related posts.",
        "Discussion about this post",
        "Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE.",
        "Cek Berita dan Artikel yang lain di Google\n                News",
        "Segera lengkapi data dirimu untuk ikutan program #JernihBerkomentar.",
        "Continue Reading\nClick to comment\nYou must be logged in to post a comment Login",
    ] {
        let page = format!("{}\n{footer}\nDesa Wisata Baru Dibuka di Lereng Merapi\n", FLOOD.join("\n"));
        assert_eq!(common::pipeline().clean_str(&page).text, article(None, &FLOOD), "{footer}");
    }
}

/// The head of a university's news post and of a regional paper's: when the post was released and
/// by whom, a photographer's caption, and the reporter's line with the place.
#[test]
fn release_lines_photo_credits_and_reporter_lines_above_the_article_are_lifted() {
    let title = "Peningkatan Kompetensi Mahasiswa melalui Program Proyek Desa";
    let page = format!(
        "{title}\nDirilis pada: 19 Jul 2025 13:51:14 WIB | 1 week ago | Oleh: T. Muntazar\n\
         Mahasiswa mengikuti pelepasan program proyek desa - Photo by Humas Kampus\n{}\n",
        FLOOD.join("\n")
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.authors, ["T. Muntazar"]);
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2025-07-19T13:51"));
    assert_eq!(cleaned.metadata.captions[0].credit.as_deref(), Some("Humas Kampus"));

    let page = format!("{title}\nLaporan Agus Ramadhan | Banda Aceh\n{}\n", FLOOD.join("\n"));
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.authors, ["Agus Ramadhan"]);
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("Banda Aceh"));
}

/// A wire story flattened to one line, its credits, related link and copyright notice glued to
/// its end: the article stays whole (no rule for a footer takes a long paragraph of prose), and
/// what follows its last sentence goes, the names lifted.
#[test]
fn a_story_flattened_to_one_line_keeps_its_text_and_loses_its_tail() {
    let story = format!("{} {} {}", FLOOD.join(" "), FLOOD.join(" "), FLOOD.join(" "));
    let story = format!("{story} {story} {story}");
    let page = format!(
        "Bandung (ANTARA) - {story} Baca juga: 856 petugas pendataan catat jumlah penduduk 147.427 jiwa \
         Pewarta: Nyaman Bagus Purwaniawan Editor: Sambas Copyright © ANTARA 2025 Dilarang keras mengambil \
         konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis.\n"
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.text, format!("{story}\n"));
    assert_eq!(cleaned.metadata.authors, ["Nyaman Bagus Purwaniawan"]);
    assert_eq!(cleaned.metadata.editors, ["Sambas"]);
    assert_eq!(cleaned.metadata.related, ["856 petugas pendataan catat jumlah penduduk 147.427 jiwa"]);
}

/// A related link that opens a paragraph, its title glued to the sentence after it (the title may
/// hold a colon and end in an acronym): the link goes, the sentence stays as the paragraph.
#[test]
fn a_related_link_opening_a_paragraph_glued_to_its_next_sentence_goes_alone() {
    let sentence = "Jangan sampai, dengan alasan panen yang rendah, pemerintah menambah impor gabah tahun ini.";
    for (link, title) in [
        (
            "Baca juga: Harga Gabah Turun, Petani Minta Bulog Serap Hasil Panen",
            "Harga Gabah Turun, Petani Minta Bulog Serap Hasil Panen",
        ),
        (
            "BACA JUGA: Menteri Pertanian: Soal Data Panen, Kami Ikut BPS",
            "Menteri Pertanian: Soal Data Panen, Kami Ikut BPS",
        ),
    ] {
        let page = format!("{}\n{link}{sentence}\n{}\n", FLOOD[0], FLOOD[1]);
        let cleaned = common::pipeline().clean_str(&page);
        assert_eq!(cleaned.text, format!("{}\n\n{sentence}\n\n{}\n", FLOOD[0], FLOOD[1]), "{link}");
        assert_eq!(cleaned.metadata.related, [title]);
    }
}

/// Kompas flattened to one line: the dateline opens it, a related link is glued to the sentence
/// before it and its title to the next sentence, and a Telegram prompt with `klik link` ends it.
/// The whole story stays: a prompt's rule does not take the paragraph it ends.
#[test]
fn a_flattened_story_ending_in_a_prompt_keeps_its_dateline_paragraph() {
    let story = [FLOOD.join(" "), FLOOD.join(" "), FLOOD.join(" ")].join(" ");
    let story = [story.clone(), story.clone(), story].join(" ");
    let page = format!(
        "JAKARTA, KOMPAS.com - Kebakaran melanda gedung sekolah di Pancoran, Rabu (1/11/2023).Baca juga: TK dan SD \
         Sumbangsih Kebakaran, Material Bangunan BerjatuhanSyamsul berujar, api muncul dari ruang kelas. {story} \
         Mari bergabung di Grup Telegram, caranya klik link https://t.me/kompascomupdate, kemudian join.\n"
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert!(
        cleaned.text.starts_with("Kebakaran melanda gedung sekolah di Pancoran, Rabu (1/11/2023).\n\nSyamsul berujar,"),
        "{}",
        cleaned.text
    );
    assert!(cleaned.text.contains(&story));
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("JAKARTA"));
}

/// A related link at a paragraph's end whose title asks a question, and Tempo's `Pilihan Editor:`
/// link in the same place, go with their titles.
#[test]
fn a_trailing_related_title_may_ask_and_tempos_editors_pick_goes_too() {
    for (link, title) in [
        (
            " Baca juga: Rudal Iran Turun 90 Persen, Bagaimana Bisa Tetap Serang 11 Negara?",
            "Rudal Iran Turun 90 Persen, Bagaimana Bisa Tetap Serang 11 Negara?",
        ),
        (
            " Pilihan Editor: Bintang Squid Game Meninggal di Usia 80 Tahun",
            "Bintang Squid Game Meninggal di Usia 80 Tahun",
        ),
        // No figure in the title: it reads as an editor's name, but `Editor:` here is no credit.
        (
            " Pilihan Editor: Nasib Lahan Sawah dalam Rencana Tata Ruang Kabupaten",
            "Nasib Lahan Sawah dalam Rencana Tata Ruang Kabupaten",
        ),
    ] {
        let page = format!("{}\n{}\n{}{link}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
        let cleaned = flood_article(None, &page);
        assert_eq!(cleaned.metadata.related, [title]);
    }
}

/// detik flattened: the video prompt, its embed, the page numbers and the tags glued to the last
/// sentence go; the sentence keeps its full stop.
#[test]
fn a_flattened_detik_pages_tail_after_the_last_sentence_goes() {
    let page = format!(
        "{} {}Simak video Begini Kronologi Banjir di Medan: [Gambas:Video 20detik]        Selanjutnya Halaman    \
         1            2            banjir medan bpbd posko pengungsian\n",
        FLOOD[0], FLOOD[1]
    );
    assert_eq!(common::pipeline().clean_str(&page).text, format!("{} {}\n", FLOOD[0], FLOOD[1]));
}

/// A share bar whose buttons' alt texts ran together on one line, and the note its copy button
/// leaves, go above the article as a lone button's name does.
#[test]
fn a_share_bar_on_one_line_goes() {
    let page = format!(
        "Banjir Melanda Tiga Kecamatan\n\nfacebook twitter whatsapp telegram line copy\n\nURL berhasil dicopy\n\n\
         facebook icon twitter icon whatsapp icon telegram icon line icon copy\n\nURL berhasil dicopy\n\n{}\n",
        FLOOD.join("\n\n")
    );
    flood_article(Some("Banjir Melanda Tiga Kecamatan"), &page);
}

/// A lede's first words set in capitals (`SEJAK akhir`) are the article's, not a header label,
/// and in a hard-wrapped page where they were cut off onto a line of their own, they open the
/// first paragraph again.
#[test]
fn a_ledes_first_words_in_capitals_stay_and_open_its_paragraph() {
    let wrapped = "SEJAK akhir\n\
                   Februari 2017 hingga akhir Desember 2017, lembaga kami melakukan serangkaian\n\
                   kegiatan di Tuban, Bojonegoro, dan Ngawi. Pada caturwulan terakhir 2017, kami\n\
                   memperluas jangkauan wilayah kegiatan hingga ke Lamongan dan Gresik.\n\n\
                   Ada tiga kegiatan utama yang kami lakukan, yaitu rekrutmen agen, pelatihan\n\
                   agen, dan pelatihan perempuan wirausaha yang saling berkaitan dan harus\n\
                   urut sesuai tahapan yang sudah disepakati bersama para pendamping desa.\n";
    let cleaned = common::pipeline().clean_str(wrapped);
    let first = "SEJAK akhir Februari 2017 hingga akhir Desember 2017, lembaga kami melakukan serangkaian \
                 kegiatan di Tuban, Bojonegoro, dan Ngawi. Pada caturwulan terakhir 2017, kami memperluas \
                 jangkauan wilayah kegiatan hingga ke Lamongan dan Gresik.";
    assert!(cleaned.text.starts_with(&format!("{first}\n\nAda tiga")), "{}", cleaned.text);

    let apart = format!("SEJAK akhir\n\n{}\n", FLOOD.join("\n\n"));
    assert!(common::pipeline().clean_str(&apart).text.starts_with("SEJAK akhir\n\n"));
}

/// The right-of-reply notice regional sites print under every article ends it, with the law it
/// cites on the next line; a source who says the same of a harm in the article is quoted, and
/// stays.
#[test]
fn a_right_of_reply_notice_ends_the_article_and_a_quote_like_it_stays() {
    let notice = "CATATAN REDAKSI: Apabila Ada Pihak Yang Merasa Dirugikan Dan /Atau Keberatan Dengan Penayangan \
                  Artikel Dan /Atau Berita Tersebut Diatas, Anda Dapat Mengirimkan Sanggahan Dan /Atau Koreksi \
                  Kepada Redaksi Kami,\nSebagaimana Diatur Dalam Pasal (1) Ayat (11) Dan (12) Undang-Undang \
                  Nomor 40 Tahun 1999 Tentang Pers.";
    flood_article(None, &format!("{}\n\nTetap Terhubung Dengan Kami:\n\n{notice}\n", FLOOD.join("\n\n")));

    let quote = "\"Jika ada pihak yang merasa dirugikan oleh pembagian bantuan, silakan melapor ke posko \
                 terdekat,\" kata dia.";
    let page = format!("{}\n\n{quote}\n\n{}\n\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    assert_eq!(common::pipeline().clean_str(&page).text, page);
}

/// A table's cell that the scrape turned into a line under the title (an image's caption, `...
/// Badau. |`) loses its bar and is a paragraph of its own: it does not continue the title, nor
/// does a desk's code before the bar stay (`tutupnya.(bh/sya) |`).
#[test]
fn a_table_cells_bar_goes_and_the_cell_stands_alone() {
    let title = "Banjir Landa Permukiman Warga di Perbatasan";
    let cleaned =
        common::pipeline().clean_str(&format!("{title}\nkondisi banjir di perbatasan. |\n{}\n", FLOOD.join("\n")));
    assert_eq!(cleaned.metadata.title.as_deref(), Some(title));
    assert!(cleaned.text.starts_with(&format!("{title}\n\nkondisi banjir di perbatasan.\n\n")), "{}", cleaned.text);
    flood_article(None, &format!("{}\n{}\n{} (bh/sya) |\n", FLOOD[0], FLOOD[1], FLOOD[2]));
}

/// Tribun's pages print a sentence of the body above the dateline too (the photo's caption, or
/// the page's description): the copy above goes, and the article keeps its own order.
#[test]
fn a_paragraph_printed_above_the_dateline_too_stays_where_the_article_has_it() {
    let title = "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Posko";
    let page = format!(
        "{title}\n\n{copy}\n\nTRIBUNNEWS.COM, BANDUNG - {first}\n\n{copy}\n\n{last}\n",
        copy = FLOOD[1],
        first = FLOOD[0],
        last = FLOOD[2]
    );
    let cleaned = flood_article(Some(title), &page);
    assert!(cleaned.edits.iter().any(|e| e.rule == "S010"));
}

/// A footer heading ends the article only when no long paragraph follows it. A paragraph is told
/// from a list by the pack's function words, and a tale in Sundanese on an Indonesian blog has
/// none: its running text, mostly in small letters and ending in sentences, still counts.
#[test]
fn an_article_in_another_language_below_a_comment_count_is_kept() {
    let tale = [
        "Jaman baheula aya hiji budak angon anu imahna deukeut leuweung. Unggal poé manéhna ngangon \
         munding ka sawah, bari mawa suling awi anu dijieun ku bapana. Ari sorana éta suling téh kacida \
         alusna, nepi ka manuk-manuk ogé daratang ngadéngékeun, sarta urang lembur sok reureuh heula \
         mun kabeneran ngaliwat.",
        "Hiji poé munding manéhna leungit jero leuweung, sarta budak téh néangan nepi ka peuting.",
    ];
    let page = format!("0 comments\n\n{}\n\n{}\n", tale[0], tale[1]);
    assert_eq!(common::pipeline().clean_str(&page).text, article(None, &tale));
}

/// What a server, a theme or an embed prints into the page: a PHP warning, the reading time,
/// an author's avatar, the text an embedded post or a run-together share bar leaves, a blog's
/// label notice, a lone `Read more` button.
#[test]
fn server_warnings_theme_labels_and_embed_prompts_go() {
    goes_wherever_it_stands(&[
        "Warning: Creating default object from empty value in /var/www/site/modules/helper.php on line 109",
        "Notice: Undefined index: id in /home/site/public_html/index.php on line 12",
        "Reading Time: 2 mins read",
        "3 menit baca",
        "Avatar of Supriyadi Pro",
        "View this post on Instagram",
        "ShareTweetSend",
        "Read more...",
        "Read more »",
        "Tampilkan postingan dengan label RENUNGAN HARIAN. Tampilkan semua postingan",
    ]);
}

/// Below the article: the source in small letters, WordPress's related-posts heading with its
/// list, the comment form's heading.
#[test]
fn a_source_in_small_letters_and_footer_headings_go() {
    for tail in ["sumber: antara", "Pos terkait\nBanjir Rob Kembali Rendam Pesisir Utara", "Komentar Anda"] {
        let page = format!("{}\n{}\n{}\n{tail}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
        assert_eq!(common::pipeline().clean_str(&page).text, article(None, &FLOOD), "{tail}");
    }
}

/// A related-link label in other words (`Artikel lain:`) or with its space lost (`BacaJuga :`)
/// takes the title below it, inside the article.
#[test]
fn related_labels_in_other_words_take_their_title() {
    for label in ["Artikel lain:", "BacaJuga :"] {
        let page =
            format!("{}\n{label}\n5 Tips Menjaga Rumah Saat Musim Banjir\n{}\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
        let cleaned = common::pipeline().clean_str(&page);
        assert_eq!(cleaned.text, article(None, &FLOOD), "{label}");
        assert_eq!(cleaned.metadata.related, ["5 Tips Menjaga Rumah Saat Musim Banjir"], "{label}");
    }
}

/// A multi-page article flattened into one text (as Liputan6's pages are scraped): the page
/// break is glued to the next page's heading, the heading to its photo's caption, the caption's
/// credit to the first sentence. The break goes, the heading stays a paragraph of its own, the
/// caption goes to the metadata; a second run changes nothing.
#[test]
fn a_flattened_page_break_leaves_its_heading_and_lifts_its_caption() {
    let heading = "Posko Pengungsian Ditambah";
    let caption = "Petugas BPBD mendirikan tenda di halaman kantor kecamatan";
    let page = format!("{}2 dari 2 halaman{heading}{caption} (Dok. BPBD Kota){}\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    let pipeline = common::pipeline();
    let cleaned = pipeline.clean_str(&page);
    assert_eq!(cleaned.text, article(None, &[FLOOD[0], heading, FLOOD[1], FLOOD[2]]));
    assert_eq!(cleaned.metadata.captions.len(), 1);
    assert_eq!(cleaned.metadata.captions[0].text, caption);
    assert_eq!(cleaned.metadata.captions[0].credit.as_deref(), Some("Dok. BPBD Kota"));
    assert_eq!(pipeline.clean_str(&cleaned.text).text, cleaned.text);
}

/// A footer offering the topic's other articles and the writer's ends the article, with the desk
/// below it, and names the writer.
#[test]
fn a_footer_offering_the_topic_and_the_writers_articles_ends_the_article() {
    let page = format!(
        "{}\nBaca juga artikel terkait BANJIR atau tulisan lainnya dari Agung DH\n\ntirto.id - Sosial Budaya\n",
        FLOOD.join("\n")
    );
    let cleaned = flood_article(None, &page);
    assert_eq!(cleaned.metadata.authors, ["Agung DH"]);
}

/// A photo's credit on a line of its own, however it is printed: a credit label in English or
/// with an address, a `dok.` line naming a site, the `Istimewa` of a photo handed to the newsroom.
#[test]
fn photo_credits_on_lines_of_their_own_go() {
    goes_wherever_it_stands(&["credit foto: http://idws.id", "dok.timlo.net/tyo eka", "Istimewa", "(Istimewa)"]);
}

/// `Place, Site - ` and `Site, Place - ` both open articles; which name is the place is told by
/// the places datelines name, and a place set first in capitals is the dateline whatever
/// follows it.
#[test]
fn a_sites_name_before_a_known_place_is_the_site() {
    for (dateline, site, place) in [
        ("Bloomberg Technoz, Jakarta - ", "Bloomberg Technoz", "Jakarta"),
        ("Suara Merdeka, Semarang - ", "Suara Merdeka", "Semarang"),
        ("Infonegeri, BENGKULU TENGAH – ", "Infonegeri", "BENGKULU TENGAH"),
        ("Jakarta, CNN Indonesia -- ", "CNN Indonesia", "Jakarta"),
        ("JAKARTA, Kompas - ", "Kompas", "JAKARTA"),
    ] {
        let page = format!("{dateline}{}\n\n{}\n\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
        let meta = flood_article(None, &page).metadata;
        assert_eq!(meta.site.as_deref(), Some(site), "{dateline}");
        assert_eq!(meta.dateline.as_deref(), Some(place), "{dateline}");
    }
}

/// A page's description, a quote cut mid-sentence without its quotation mark, over the agency's
/// dateline is no headline: it goes as a copy of the quote's paragraph, and the page has no
/// title.
#[test]
fn a_cut_quote_over_the_dateline_is_no_title() {
    let quote = "Kami cukup senang dengan hasil ini karena bantuan sudah sampai ke seluruh posko pengungsian";
    let page = format!(
        "{quote}\n\nJakarta (ANTARA) - {}\n\n\"{quote},\" kata kepala dinas sosial kepada wartawan.\n\n{}\n",
        FLOOD[0], FLOOD[1]
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.metadata.title, None, "{}", cleaned.text);
    assert!(cleaned.text.starts_with(FLOOD[0]), "{}", cleaned.text);
}

/// WordPress's caption shortcode left as text goes, and its caption is lifted.
#[test]
fn a_wordpress_caption_shortcode_goes_and_its_caption_is_lifted() {
    let page = format!(
        "[caption id=\"\" align=\"aligncenter\" width=\"544\" caption=\"Posko pengungsian di Kecamatan Cibinong (Foto: BPBD)\"][/caption]\n{}\n{}\n{}\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(None, &page);
    assert!(
        cleaned.metadata.captions.iter().any(|c| c.text.starts_with("Posko pengungsian")),
        "{:?}",
        cleaned.metadata.captions
    );
}

/// Blogger's buttons under a comment end the article: the comments after them go.
#[test]
fn bloggers_comment_buttons_end_the_article() {
    let page = format!(
        "{}\n{}\n{}\nReplyDelete\nMantap, terima kasih infonya min!\nReplyDelete\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    flood_article(None, &page);
}

/// Tribun sets the article's summary, a long sentence, between the headline and the byline: the
/// headline stays the title, though the summary stands over the byline.
#[test]
fn a_summary_over_the_byline_does_not_displace_the_headline() {
    let title = "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Posko";
    let summary = "Sayangnya, hujan deras yang turun sejak Jumat malam membuat air sungai meluap dan \
                   merendam ratusan rumah di tiga kecamatan sekaligus";
    let page = format!(
        "{title}\n{summary}\nPenulis: Sartika Rizki | Editor: Sartika Rizki\n{}\n{}\n{}\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert_eq!(cleaned.metadata.title.as_deref(), Some(title), "{}", cleaned.text);
    assert!(cleaned.text.starts_with(&format!("{title}\n\n")), "{}", cleaned.text);
}

/// A byline whose link and label ran together, the writer's name then the site's, names both.
#[test]
fn a_writers_name_run_into_the_sites_is_the_byline() {
    let cleaned = under_headline("Banjir Rendam Tiga Kecamatan di Pesisir Utara", "Ferry Noviandi Suara.Com");
    assert_eq!(cleaned.metadata.authors, ["Ferry Noviandi"]);
    assert_eq!(cleaned.metadata.site.as_deref(), Some("Suara.Com"));
}

/// An aggregator lists the article under its rank and the place it files it under, then prints
/// it with the headline again, the label, and a dateline on a line of its own: the ranked copy and
/// the label go, and the headline is the title.
#[test]
fn an_aggregators_ranked_copy_and_filing_label_go() {
    let title = "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Posko";
    let page = format!(
        "kab/kota: bekasi\n\n  • 4\n      {title}\n      Bekasi\n\n    4 {title} Bekasi\n\n    {title}\n    \
         Tim Redaksi\n    BEKASI, KOMPAS.com –\n    {}\n    {}\n    {}\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.title.as_deref(), Some(title));
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("BEKASI"));
}

/// A heading that opens the article, where no dateline does, is the article's own.
#[test]
fn a_heading_over_the_first_paragraph_stays_without_a_dateline() {
    let title = "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Posko";
    let page = format!("{title}\n\nPendahuluan\n\n{}\n\n{}\n\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    let cleaned = common::pipeline().clean_str(&page);
    assert!(cleaned.text.starts_with(&format!("{title}\n\nPendahuluan\n\n")), "{}", cleaned.text);
}

/// Republika prints a picture's caption twice, as its alt text and as its caption with the
/// photo's credit between them, just above the dateline: both copies go, the caption is lifted,
/// and so is the dateline under them.
#[test]
fn a_caption_printed_twice_over_the_dateline_goes_whole() {
    let title = "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Posko";
    let caption = "Warga mengungsi ke posko di Kecamatan Cibinong, Bogor, Rabu (23/10/2019).";
    let page = format!(
        "{title}\n\nRep: Sapto Andika Candra/ Red: Friska Yolanda\n{caption}\nFoto: Antara/Puspa Perwitasari\n\
         {caption}\n\nREPUBLIKA.CO.ID, BOGOR -- {}\n\n{}\n\n{}\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("BOGOR"));
    assert_eq!(cleaned.metadata.editors, ["Friska Yolanda"]);
    assert!(cleaned.metadata.captions.iter().any(|c| c.text == caption), "{:?}", cleaned.metadata.captions);
}

/// The headline printed again under a kicker with a colon, or filed under a section, is a copy.
#[test]
fn the_headline_again_under_a_kicker_or_a_section_is_a_copy() {
    let title = "Pemuda dan Mahasiswa Papua Harus Miliki Ideologi";
    for copy in [format!("Wamensos: {title}"), format!("Nasional {title}"), format!("2 {title} Nasional")] {
        under_headline(title, &copy);
    }
}

/// Okezone's byline runs the writer's role into the date (`Name , Jurnalis-Kamis, 12 Oktober
/// 2017 |10:30 WIB`): it goes, with the name and the date lifted; an article aggregated from a
/// partner names the partner there, and no writer is lifted.
#[test]
fn a_byline_with_the_role_run_into_the_date_goes() {
    let title = "Banjir Melanda Tiga Kecamatan di Pesisir";
    let cleaned = under_headline(title, "Rina Anggraeni , Jurnalis-Kamis, 12 Oktober 2017 |10:30 WIB");
    assert_eq!(cleaned.metadata.authors, ["Rina Anggraeni"]);
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2017-10-12T10:30"));
    let cleaned = under_headline(title, "Agregasi Sindonews.com , Jurnalis-Kamis, 12 Oktober 2017 |10:30 WIB");
    assert!(cleaned.metadata.authors.is_empty(), "{:?}", cleaned.metadata.authors);
}

/// An agency's code after the last sentence (`(Ant)`) is the newsroom's, and a reporter's name
/// in brackets on a line of its own is the byline, also with an apostrophe in it.
#[test]
fn an_agencys_code_after_the_last_sentence_and_a_bracketed_name_go() {
    for code in ["(Ant)", "(ANT)"] {
        let page = format!("{}\n\n{}\n\n{} {code}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
        flood_article(None, &page);
    }
    let page = format!("{}\n\n{}\n\n{}\n\n(Qur'anul Hidayat)\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    assert_eq!(flood_article(None, &page).metadata.authors, ["Qur'anul Hidayat"]);
}

/// The page's `<title>` printed as the headline names the page shown after it (`– Halaman all`,
/// `– Page 3`): the headline is the title without it.
#[test]
fn a_headlines_page_suffix_goes() {
    let title = "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Posko";
    for suffix in [" – Halaman all", " - Page 3"] {
        let page = format!("{title}{suffix}\n\n{}\n\n{}\n\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
        let cleaned = flood_article(Some(title), &page);
        assert_eq!(cleaned.metadata.title.as_deref(), Some(title));
    }
}

/// A theme prints the writer's picture, its alt text the name, before `oleh <name>`: the line is
/// the byline, under the headline; a headline with `oleh` between two different names stays the
/// title. A row of share buttons run together goes.
#[test]
fn a_name_on_both_sides_of_oleh_is_the_byline() {
    for title in
        ["Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Posko", "Posko Banjir Diresmikan oleh Gubernur Jawa Barat"]
    {
        let page = format!(
            "{title}\n\nRizky Prasetya oleh Rizky Prasetya\n24 Februari 2020\n\
             Bagikan ke WhatsAppBagikan ke TwitterBagikan ke Facebook\n{}\n{}\n{}\n",
            FLOOD[0], FLOOD[1], FLOOD[2]
        );
        let cleaned = flood_article(Some(title), &page);
        assert_eq!(cleaned.metadata.title.as_deref(), Some(title));
        assert_eq!(cleaned.metadata.authors, ["Rizky Prasetya"]);
    }
}

/// The next article's teaser, cut off short, after the newsroom's mark that ends this one goes,
/// though it reads as prose.
#[test]
fn a_cut_teaser_after_the_newsrooms_mark_goes() {
    let page = format!(
        "{}\n\n{}\n\n{} (Ant)\n\nOrang Berlingkar Pinggang Lebih Besar Berisiko Tinggi Kena K...\n\n\
         JAKARTA, SATUHARAPAN.COM - Penelitian terbaru World Cancer Research Fund menunjukkan bahwa orang den...\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    flood_article(None, &page);
}

/// A picture's alt text and its caption, the same line twice with no credit, between the byline
/// and the dateline: the line goes to `captions`, and the headline above stays the title.
#[test]
fn a_caption_printed_twice_without_a_credit_over_the_dateline_goes() {
    let title = "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Posko";
    let caption = "Posko Pengungsian di Kecamatan Cibinong yang Mulai Penuh";
    let page = format!(
        "{title}\n\nRizky Prasetya oleh Rizky Prasetya\n24 Februari 2020\n{caption}\n\n{caption}\n\n\
         MOJOK.CO – {}\n\n{}\n\n{}\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(Some(title), &page);
    assert!(cleaned.metadata.captions.iter().any(|c| c.text == caption), "{:?}", cleaned.metadata.captions);
}

/// The one line between the title and a dateline on a line of its own is a picture's caption
/// when it ends in the picture's credit in brackets (CNN Indonesia): it goes to `captions`.
#[test]
fn a_caption_with_its_credit_in_brackets_over_a_dateline_line_goes() {
    let title = "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Posko";
    let caption = "Petugas BPBD mendata warga yang mengungsi di posko Kecamatan Cawang. Hujan deras \
                   mengguyur kawasan itu sejak Jumat malam.";
    let page = format!(
        "{title}\n\nCNN Indonesia\n\nMinggu, 09 Nov 2025 20:45 WIB\n\n{caption} (Humas BPBD)\n\n\
         Jakarta, CNN Indonesia --\n\n{}\n",
        FLOOD.join("\n\n")
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(captions(&cleaned), [(caption, Some("Humas BPBD"))]);
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("Jakarta"));
}

/// One sentence between the title and the dateline that ends on the day the picture was taken,
/// in brackets, is the picture's caption; a deck there with no date stays.
#[test]
fn a_dated_caption_over_the_dateline_goes_and_a_deck_stays() {
    let title = "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Posko";
    let caption =
        "Petugas BPBD mendata warga yang mengungsi di posko Kecamatan Cawang, Jakarta Timur, Rabu, (26/6/2024).";
    let page = format!("{title}\n\n{caption}\n\nJAKARTA | {}\n\n{}\n\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(cleaned.metadata.captions.len(), 1, "{:?}", cleaned.metadata.captions);
    assert_eq!(cleaned.metadata.captions[0].text, caption);

    let deck = "Pemerintah daerah menyiapkan posko di tiga kecamatan dan meminta warga tetap waspada.";
    let page = format!("{title}\n\n{deck}\n\nJAKARTA | {}\n\n{}\n\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    let cleaned = common::pipeline().clean_str(&page);
    assert!(cleaned.text.contains(deck), "{}", cleaned.text);
    assert!(cleaned.metadata.captions.is_empty(), "{:?}", cleaned.metadata.captions);
}

/// Just above the paragraph a dateline opens, a paragraph ending in a photographer's credit is
/// the picture's caption, however long (CNBC Indonesia's run to three sentences).
#[test]
fn a_long_caption_with_its_credit_above_the_dateline_goes() {
    let title = "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Posko";
    let caption = "Petugas BPBD mendata warga yang mengungsi di posko Kecamatan Cawang, Jakarta, Kamis (6/1/2022). \
                   Pemerintah daerah memutuskan untuk membuka posko tambahan di tiga kecamatan guna menjamin \
                   terpenuhinya kebutuhan para pengungsi selama banjir belum surut dan hujan masih turun. \
                   Kurangnya tempat pengungsian akan berdampak kepada lebih dari sepuluh ribu warga, mulai dari \
                   anak-anak hingga lansia, di wilayah Jakarta Timur dan Jakarta Utara yang terdampak.";
    let page = format!(
        "{title}\n\nMarket - Hidayat Setiaji, CNBC Indonesia\n11 January 2022 16:09\n{caption} (CNBC Indonesia/ Tri Susilo)\n\n\
         Jakarta, CNBC Indonesia - {}\n\n{}\n\n{}\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(captions(&cleaned), [(caption, Some("CNBC Indonesia/ Tri Susilo"))]);
}

/// A caption whose credit stands on a line of its own under a label left without its value
/// (VIVA: `Sumber :`, then `• Name/VIVA`), over the dateline, goes to `captions` with the credit.
#[test]
fn a_caption_over_its_credit_line_above_the_dateline_goes() {
    let title = "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Posko";
    let caption = "Posko pengungsian di Kecamatan Cawang, Jakarta Timur";
    let page = format!(
        "{title}\n\n{caption}\nSumber :\n  • Yeni Lestari/VIVA\n\nJakarta, VIVA – {}\n\n{}\n\n{}\n",
        FLOOD[0], FLOOD[1], FLOOD[2]
    );
    let cleaned = flood_article(Some(title), &page);
    assert_eq!(captions(&cleaned), [(caption, Some("Yeni Lestari/VIVA"))]);
}

/// Headlines of other articles set between the article's paragraphs, with no label (VIVA), can
/// make a later run of paragraphs the longest: the dateline that opens the page's first
/// paragraph, one thick with names, is still found.
#[test]
fn a_dateline_above_unlabelled_links_between_paragraphs_is_found() {
    let title = "Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Posko";
    let lede = "Gubernur DKI Jakarta Pramono Anung menanggapi singkat laporan Badan Penanggulangan \
                Bencana Daerah (BPBD) DKI Jakarta soal banjir di Kecamatan Cawang, Jakarta Timur.";
    let links = [
        "Besok, Gubernur Kumpulkan Seluruh Camat Bahas Penanganan Banjir",
        "Dewan Minta Pemprov Percepat Normalisasi Sungai Ciliwung",
        "Kronologi Jebolnya Tanggul Kali Sunter",
    ];
    let page = format!(
        "{title}\n\nJakarta, VIVA – {lede}\n\n{}\n\n{}\n\n{}\n\n{}\n\n{}\n",
        links[0],
        FLOOD[0],
        links[1],
        links[2],
        FLOOD[1..].join("\n\n")
    );
    let cleaned = common::pipeline().clean_str(&page);
    assert!(cleaned.text.starts_with(&format!("{title}\n\n{lede}\n\n")), "{}", cleaned.text);
    assert_eq!(cleaned.metadata.dateline.as_deref(), Some("Jakarta"));
    assert_eq!(cleaned.metadata.site.as_deref(), Some("VIVA"));
}

/// A related label over the linked article's bare address takes the address to `related`.
#[test]
fn a_related_label_takes_a_bare_address_under_it() {
    let link = "https://www.example.id/2021/10/posko-banjir-dibuka.html?m=1";
    let page = format!("{}\n{}\nArtikel Terkait :\n{link}\n{}\n", FLOOD[0], FLOOD[1], FLOOD[2]);
    let cleaned = flood_article(None, &page);
    assert_eq!(cleaned.metadata.related, [link]);
}

/// Liputan6's byline names the desk before the date it was updated, and the picture's caption
/// under it, in small letters, credits the picture after a copyright sign: the date is lifted,
/// the caption goes to `captions`.
#[test]
fn an_updated_byline_and_a_caption_credited_with_a_copyright_sign_go() {
    let title = "Tips Menjaga Kesehatan Tubuh untuk Hidup Sehat dan Bugar";
    let cleaned = under_headline(
        title,
        "oleh Liputan6 diperbarui 22 Nov 2024, 05:46 WIB\ntips menjaga kesehatan tubuh ©Ilustrasi dibuat AI",
    );
    assert_eq!(cleaned.metadata.published.as_deref(), Some("2024-11-22T05:46"));
    let caption = &cleaned.metadata.captions[0];
    assert_eq!(
        (caption.text.as_str(), caption.credit.as_deref()),
        ("tips menjaga kesehatan tubuh", Some("Ilustrasi dibuat AI"))
    );
}

/// A generator's search keywords left in a post go, between paragraphs and after them.
#[test]
fn seo_keyword_lines_go() {
    goes_wherever_it_stands(&["LSI keywords: prediksi penyakit, data kesehatan, pencegahan medis berbasis AI."]);
}
