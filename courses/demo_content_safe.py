"""Demo course 5, "Jualan Aman dan Legal": pure data, no Django.

Regulatory facts name their source and the date they were checked; where a
fact could not be confirmed the lesson tells the learner to ask the centre.
"""

from __future__ import annotations

from .demo_quiz import opts

CHECKED = "Dicek 30 November 2026."


def _source(text: str) -> str:
    return f"<p><em>Sumber: {text} {CHECKED} Aturan dan biaya bisa berubah: jika ragu, tanyakan ke balai.</em></p>"


JUALAN_AMAN = {
    "slug": "jualan-aman-dan-legal",
    "title": "Jualan Aman dan Legal",
    "topic": "Perencanaan Usaha",
    "level": "menengah",
    "summary": (
        "Langkah yang sering membuat penjual pemula rugi atau kena masalah. "
        "Izin, makanan yang aman, uang dan utang, pembayaran, catatan, kiriman, "
        "layanan pembeli, video, cerita merek, dan menjual ke toko."
    ),
    "outcomes": [
        "Anda tahu urutan dokumen usaha dan biayanya.",
        "Anda bisa membuat makanan yang aman dan menentukan daya simpannya.",
        "Anda bisa menolak pinjaman dan tawaran usaha yang berbahaya.",
        "Anda bisa menerima uang dan mengirim barang tanpa membuka alamat rumah.",
        "Anda bisa melayani pembeli dan menjual ke toko dengan catatan yang rapi.",
    ],
    "counts_for_showcase": False,
    "modules": [
        {
            "slug": "izin-dan-keamanan-pangan",
            "title": "Izin dan makanan yang aman",
            "intro": "Urus dokumen satu per satu. Buat makanan yang aman sampai ke tangan pembeli.",
            "lessons": [
                {
                    "slug": "dokumen-usaha-langkah-demi-langkah",
                    "title": "Dokumen usaha langkah demi langkah",
                    "minutes": 8,
                    "summary": "KTP, NIB, P-IRT atau BPOM, halal, lalu merek: urutan dan biayanya.",
                    "body": [
                        (
                            "text",
                            "<p>Dokumen usaha diurus berurutan. Setiap langkah memakai hasil langkah sebelumnya. "
                            "Jangan membayar calo. Hampir semua langkah bisa dibantu balai.</p>",
                        ),
                        (
                            "steps",
                            {
                                "title": "Urutan dokumen",
                                "items": [
                                    "KTP: semua izin memakai NIK Anda. Pastikan KTP masih berlaku dan datanya benar.",
                                    "NIB (Nomor Induk Berusaha) lewat oss.go.id. Gratis. NIB juga menjadi izin usaha mikro.",
                                    "Makanan kering dan awet: SPP-IRT lewat OSS, setelah ikut penyuluhan keamanan pangan dari Dinas Kesehatan. Izinnya gratis; biaya penyuluhan berbeda di tiap daerah, tanyakan ke balai.",
                                    "Makanan yang harus masuk kulkas atau dibekukan, dan sabun atau kosmetik: izin lewat BPOM. Sabun memakai notifikasi kosmetik. Ada biaya; tanyakan jumlahnya ke balai.",
                                    "Sertifikat halal untuk makanan dan minuman: daftar di ptsp.halal.go.id. Jalur pernyataan mandiri dengan pendamping halal gratis jika kuota SEHATI masih ada.",
                                    "Merek: cek nama di PDKI, lalu daftar di merek.dgip.go.id. Biaya untuk usaha mikro dan kecil Rp 500.000 per kelas, dengan surat keterangan UMK.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Contoh: Bu Sari mengurus dokumen",
                                "text": (
                                    "Minggu 1: Bu Sari membuat NIB di OSS dengan KTP-nya, dibantu balai. Biaya Rp 0. "
                                    "Minggu 2: ia ikut penyuluhan keamanan pangan, lalu mengajukan SPP-IRT keripiknya. "
                                    "Minggu 3: ia mendaftar halal jalur pernyataan mandiri bersama pendamping halal. "
                                    "Setelah usahanya jalan, ia menabung Rp 500.000 untuk mendaftarkan merek."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Jangan pakai nomor sebelum keluar",
                                "text": (
                                    "Tulis nomor P-IRT, logo halal, atau tanda merek terdaftar (R) hanya setelah dokumennya keluar. "
                                    "Nomor karangan melanggar hukum."
                                ),
                            },
                        ),
                        (
                            "text",
                            _source(
                                "OSS (oss.go.id); Peraturan BPOM Nomor 22 Tahun 2018 tentang SPP-IRT; "
                                "PP Nomor 42 Tahun 2024 dan BPJPH (halal.go.id); PP Nomor 28 Tahun 2019 "
                                "tentang tarif DJKI (dgip.go.id)."
                            ),
                        ),
                    ],
                },
                {
                    "slug": "keamanan-pangan-dan-daya-simpan",
                    "title": "Makanan aman dan daya simpan di rumah",
                    "minutes": 7,
                    "summary": "Dapur bersih, bahan baik, dan uji simpan menentukan tanggal kedaluwarsa yang jujur.",
                    "body": [
                        (
                            "text",
                            "<p>Makanan yang membuat pembeli sakit bisa menutup usaha Anda. "
                            "Kuncinya: <strong>bersih</strong>, <strong>kering</strong>, dan <strong>tertutup</strong>.</p>"
                            "<p>Keripik dan kue kering awet karena kering. Air dan minyak yang lama membuat makanan cepat rusak "
                            "dan berbau tengik.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Dapur yang aman",
                                "items": [
                                    "Cuci tangan dengan sabun sebelum mulai dan setelah memegang uang.",
                                    "Rambut ditutup. Tidak ada hewan peliharaan di dapur saat produksi.",
                                    "Pakai minyak goreng baru. Minyak yang hitam dan berbusa dibuang.",
                                    "Dinginkan keripik sampai benar-benar dingin sebelum dikemas.",
                                    "Kemas di kemasan untuk makanan, lalu tutup rapat dengan alat perekat.",
                                    "Simpan di tempat kering dan sejuk, tidak kena matahari.",
                                ],
                            },
                        ),
                        (
                            "steps",
                            {
                                "title": "Uji daya simpan sendiri",
                                "items": [
                                    "Simpan 5 bungkus dari satu adonan. Tulis tanggal produksinya.",
                                    "Buka satu bungkus setiap dua minggu. Cek bau, rasa, dan kerenyahan.",
                                    "Catat kapan mulai berubah, misalnya melempem atau tengik pada minggu ke-10.",
                                    "Pakai waktu yang lebih pendek di label. Contoh: berubah minggu ke-10, tulis 8 minggu.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Jangan menjanjikan yang tidak diuji",
                                "text": (
                                    'Jangan menulis "tanpa pengawet", "sehat", atau "tahan 1 tahun" tanpa bukti. '
                                    "Produk P-IRT tidak boleh memakai klaim seperti itu."
                                ),
                            },
                        ),
                        (
                            "text",
                            _source(
                                "Peraturan BPOM Nomor 22 Tahun 2018 tentang SPP-IRT (pangan kering, tahan lebih dari 7 hari "
                                "di suhu ruang, tanpa klaim)."
                            ),
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "uang-yang-aman",
            "title": "Uang yang aman",
            "intro": "Modal, pembayaran, dan catatan yang menjaga uang Anda.",
            "lessons": [
                {
                    "slug": "modal-dan-utang-aman",
                    "title": "Modal dan utang yang aman",
                    "minutes": 8,
                    "summary": "Kenali pinjaman online ilegal, jerat utang, dan penipuan peluang usaha.",
                    "body": [
                        (
                            "text",
                            "<p>Modal terbaik adalah modal sendiri yang kecil, lalu tumbuh dari laba. "
                            "Jika harus meminjam, pinjam di tempat resmi dan dengan cicilan yang bisa dibayar dari laba.</p>"
                            "<p><strong>Pinjaman online ilegal</strong> memberi uang cepat, lalu menagih dengan bunga dan denda "
                            "yang sangat besar. Mereka sering meminta akses ke kontak dan galeri ponsel, lalu mempermalukan peminjam.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Tolak jika Anda melihat ini",
                                "items": [
                                    "Pemberi pinjaman tidak ada di daftar OJK.",
                                    "Aplikasi meminta akses ke semua kontak dan foto di ponsel.",
                                    "Tawaran datang lewat SMS atau WhatsApp dari nomor yang tidak dikenal.",
                                    "Anda harus membayar dulu agar pinjaman cair.",
                                    '"Peluang usaha" yang meminta uang pendaftaran dan menjanjikan untung pasti setiap bulan.',
                                    "Majikan atau agen yang menahan KTP Anda, atau meminta Anda bekerja untuk melunasi utang tanpa batas.",
                                ],
                            },
                        ),
                        (
                            "steps",
                            {
                                "title": "Cara memeriksa dan bertanya",
                                "items": [
                                    "Cek nama pemberi pinjaman di daftar resmi OJK (ojk.go.id) atau lewat WhatsApp OJK 081-157-157-157.",
                                    "Tanyakan juga lewat telepon OJK 157.",
                                    "Hitung cicilan: cicilan harus lebih kecil dari laba bulanan Anda, bukan dari omzet.",
                                    "Sebelum tanda tangan, bawa surat perjanjian ke pendamping balai.",
                                    "Jika diteror penagih pinjaman ilegal, simpan buktinya dan minta bantuan balai untuk melapor.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Contoh hitungan",
                                "text": (
                                    "Laba Bu Wati Rp 600.000 sebulan. Ia ditawari pinjaman Rp 3.000.000 dengan cicilan Rp 450.000 "
                                    "selama 10 bulan. Total bayar Rp 4.500.000. Cicilan itu memakan 75% labanya. "
                                    "Bu Wati menolak dan menabung dulu."
                                ),
                            },
                        ),
                        (
                            "text",
                            _source(
                                "Otoritas Jasa Keuangan, daftar penyelenggara pinjaman daring berizin (ojk.go.id), "
                                "layanan telepon 157 dan WhatsApp 081-157-157-157."
                            ),
                        ),
                    ],
                },
                {
                    "slug": "menerima-pembayaran",
                    "title": "Menerima pembayaran",
                    "minutes": 6,
                    "summary": "QRIS, transfer bank, uang yang ditahan aplikasi, dan bayar di tempat (COD).",
                    "body": [
                        (
                            "text",
                            "<p>Setiap cara bayar punya aturan sendiri. Pilih yang cocok dengan saluran jual Anda.</p>"
                            "<ul><li><strong>QRIS</strong>: pembeli memindai kode QR. Uang masuk ke rekening atau dompet digital Anda. "
                            "Untuk usaha mikro, pembayaran QRIS sampai Rp 500.000 tidak dipotong biaya. "
                            "Di atas Rp 500.000, potongannya 0,3% dan dibayar oleh Anda sebagai penjual. "
                            "Jangan minta pembeli membayar biaya tambahan karena memakai QRIS: itu dilarang. "
                            "(Aturan Bank Indonesia, berlaku sejak 1 Desember 2024. Dicek 30 November 2026.)</li>"
                            "<li><strong>Transfer bank</strong>: cocok untuk pesanan WhatsApp. "
                            "Kirim barang setelah uang terlihat di rekening Anda sendiri.</li>"
                            "<li><strong>Aplikasi belanja</strong>: pembeli membayar ke aplikasi. Aplikasi menahan uangnya "
                            "sampai barang diterima, lalu meneruskannya ke Anda. Kirim barang tepat waktu.</li>"
                            "<li><strong>COD (bayar di tempat)</strong>: kurir menerima uang dari pembeli, lalu menyetorkannya "
                            "ke Anda beberapa hari kemudian. Jika pembeli menolak, paket kembali dan ongkos kirim bisa dibebankan ke Anda.</li></ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Kapan uang sampai?",
                                "text": (
                                    "Senin: pesanan WhatsApp dibayar transfer, uang langsung terlihat, barang dikirim. "
                                    "Senin: pesanan aplikasi dikirim. Kamis barang diterima. Uang diteruskan aplikasi sesudahnya. "
                                    "Catat kedua pesanan itu, tetapi hitung uangnya saat benar-benar masuk."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Tetap di dalam aplikasi",
                                "text": (
                                    "Jika pembeli di aplikasi meminta transfer langsung ke rekening Anda, tolak. "
                                    "Di luar aplikasi, Anda dan pembeli tidak terlindungi."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "catatan-stok-pesanan-utang",
                    "title": "Catatan stok, pesanan, dan utang pembeli",
                    "minutes": 6,
                    "summary": "Tiga catatan sederhana agar barang, pesanan, dan uang tidak hilang.",
                    "body": [
                        (
                            "text",
                            "<p>Selain buku kas, Anda butuh tiga catatan kecil. Satu buku tulis cukup, dengan tiga bagian.</p>"
                            "<ol><li><strong>Stok</strong>: berapa bungkus dibuat, terjual, dan sisa.</li>"
                            "<li><strong>Pesanan</strong>: siapa memesan apa, kapan dikirim, sudah dibayar atau belum.</li>"
                            "<li><strong>Utang pembeli</strong>: siapa yang belum membayar, berapa, dan janji bayar kapan.</li></ol>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Contoh catatan stok",
                                "text": (
                                    "Senin dibuat 60 bungkus. Terjual 22 bungkus di WhatsApp, 15 dititip di warung. "
                                    "Sisa di rumah: 60 - 22 - 15 = 23 bungkus. Warung belum membayar 15 bungkus."
                                ),
                            },
                        ),
                        (
                            "steps",
                            {
                                "title": "Aturan utang pembeli",
                                "items": [
                                    "Tentukan batas: misalnya paling banyak Rp 50.000 per orang.",
                                    "Tulis nama, tanggal, jumlah, dan janji bayar.",
                                    "Ingatkan dengan sopan satu hari sebelum janji bayar.",
                                    "Yang belum membayar utang lama tidak diberi utang baru.",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "mengirim-dan-melayani",
            "title": "Mengirim dan melayani",
            "intro": "Paket yang selamat dan pembeli yang dilayani dengan baik.",
            "lessons": [
                {
                    "slug": "kemas-dan-kirim-aman",
                    "title": "Mengemas dan mengirim tanpa membuka alamat rumah",
                    "minutes": 7,
                    "summary": "Paket yang kuat dan label pengiriman yang tidak membuka tempat tinggal Anda.",
                    "body": [
                        (
                            "text",
                            "<p>Label paket dari kurir biasanya memuat <strong>nama, nomor telepon, dan alamat pengirim</strong>. "
                            "Siapa pun yang memegang paket bisa membacanya: kurir, tetangga pembeli, dan pembeli sendiri.</p>"
                            "<p>Jadi pilih data pengirim dengan sengaja.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Data pengirim yang aman",
                                "items": [
                                    "Nama pengirim: nama merek, bukan nama lengkap Anda.",
                                    "Nomor telepon: nomor WhatsApp usaha.",
                                    "Alamat: alamat balai jika balai mengizinkan, atau cukup kota dan kode pos jika aplikasi membolehkan.",
                                    "Antar paket ke titik antar (drop point) kurir, jangan minta kurir menjemput ke rumah.",
                                ],
                            },
                        ),
                        (
                            "steps",
                            {
                                "title": "Mengemas keripik agar tidak hancur",
                                "items": [
                                    "Masukkan bungkus keripik ke kardus yang pas, jangan terlalu longgar.",
                                    "Isi ruang kosong dengan kertas remas atau plastik gelembung.",
                                    'Tutup dengan lakban. Tulis "Makanan, jangan dibanting".',
                                    "Timbang paket. Ongkos kirim dihitung dari berat dan ukuran.",
                                    "Foto paket dan resinya sebelum diserahkan. Simpan untuk bukti.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "layanan-pelanggan-whatsapp",
                    "title": "Layanan pembeli di WhatsApp",
                    "minutes": 6,
                    "summary": "Template pesan, keluhan, pengembalian, dan ulasan.",
                    "body": [
                        (
                            "text",
                            "<p>Simpan balasan yang sering dipakai sebagai <strong>balasan cepat</strong> di WhatsApp Business. "
                            "Anda menghemat waktu dan jawaban selalu sama.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Tiga template",
                                "text": (
                                    'Harga: "Keripik balado 50 g Rp 6.000. Bisa kirim hari ini jika dibayar sebelum jam 2 siang." '
                                    'Pembayaran: "Silakan transfer ke rekening usaha atas nama Dapur Bu Sari. Kami kirim setelah uang masuk." '
                                    'Terima kasih: "Paket sudah sampai? Jika suka, mohon beri ulasan. Terima kasih, Kak."'
                                ),
                            },
                        ),
                        (
                            "steps",
                            {
                                "title": "Jika ada keluhan atau minta tukar",
                                "items": [
                                    "Balas di hari yang sama. Ucapkan terima kasih sudah memberi tahu.",
                                    "Minta foto barang dan label paket.",
                                    "Tulis aturan Anda dengan jelas sebelum menjual: misalnya ganti barang jika rusak saat sampai, dilaporkan paling lambat 2 hari.",
                                    "Jika benar salah Anda, ganti barang atau kembalikan uang.",
                                    "Minta ulasan jujur setelah masalah selesai. Jangan membeli ulasan palsu.",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "tumbuh-dengan-aman",
            "title": "Tumbuh dengan aman",
            "intro": "Dikenal lebih banyak pembeli, tanpa membuka kehidupan pribadi.",
            "lessons": [
                {
                    "slug": "video-pendek-dan-toko-online",
                    "title": "Video pendek, TikTok Shop, Facebook, dan Google Maps",
                    "minutes": 7,
                    "summary": "Video 15 sampai 30 detik dan profil toko yang jujur membuat produk ditemukan.",
                    "body": [
                        (
                            "text",
                            "<p>Video pendek sering dilihat lebih banyak orang daripada foto. "
                            "Tidak perlu wajah Anda. Tangan yang sedang bekerja sudah cukup.</p>",
                        ),
                        (
                            "steps",
                            {
                                "title": "Video 20 detik",
                                "items": [
                                    "Detik 1-3: hasil akhir, misalnya keripik dituang ke piring.",
                                    "Detik 4-15: tiga potongan proses: mengiris, menggoreng, mengemas.",
                                    "Detik 16-20: kemasan dengan merek, harga, dan cara memesan.",
                                    "Periksa latar: tidak ada wajah anak, nomor rumah, atau jalan yang dikenali.",
                                ],
                            },
                        ),
                        (
                            "text",
                            "<h3>Tempat memajang</h3>"
                            "<ul><li><strong>TikTok Shop</strong>: toko di dalam TikTok. Ada potongan biaya untuk setiap pesanan; "
                            "masukkan ke harga per saluran.</li>"
                            "<li><strong>Facebook</strong>: halaman usaha dan grup jual beli di kota Anda.</li>"
                            "<li><strong>Google Maps</strong>: hanya untuk tempat yang boleh didatangi pembeli, misalnya kios. "
                            "Jangan mendaftarkan rumah Anda. Pilih usaha yang melayani di area, tanpa alamat tampil, jika ada pilihannya.</li></ul>",
                        ),
                    ],
                },
                {
                    "slug": "cerita-merek-yang-aman",
                    "title": "Cerita merek yang aman",
                    "minutes": 6,
                    "summary": "Cerita yang menjual tentang produk dan cara membuatnya, tanpa membuka masa lalu Anda.",
                    "body": [
                        (
                            "text",
                            "<p>Pembeli suka cerita. Tetapi <strong>tidak ada yang wajib menceritakan masa lalunya</strong>. "
                            "Anda tidak perlu menulis tentang kesulitan, keluarga, atau tempat Anda dulu tinggal.</p>"
                            "<p>Cerita yang menjual adalah cerita tentang <strong>produk</strong>: bahan, cara membuat, dan untuk siapa.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Cerita yang menjual tanpa masa lalu",
                                "text": (
                                    '"Singkong kami dibeli segar dari petani di Malang setiap Senin. '
                                    "Diiris tipis dengan tangan dan digoreng dalam minyak baru. "
                                    'Bumbu baladonya resep sendiri, pedas manis. Cocok untuk teman minum teh sore."'
                                ),
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Sebelum cerita diunggah",
                                "items": [
                                    "Tidak ada nama lengkap, alamat, sekolah anak, atau tempat kerja.",
                                    "Tidak ada cerita yang bisa membuat orang dari masa lalu menemukan Anda.",
                                    "Semua yang ditulis benar dan bisa dibuktikan.",
                                    "Anda nyaman jika cerita ini dibaca siapa saja selama bertahun-tahun.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "jual-ke-toko-dan-reseller",
                    "title": "Menjual ke toko dan reseller",
                    "minutes": 7,
                    "summary": "Titip jual, jual putus, dan reseller: hitungan dan perjanjian sederhana.",
                    "body": [
                        (
                            "text",
                            "<p>Ada dua cara menjual ke toko.</p>"
                            "<ul><li><strong>Titip jual (konsinyasi)</strong>: toko membayar setelah barang laku. Barang yang tidak laku kembali ke Anda.</li>"
                            "<li><strong>Jual putus</strong>: toko membeli dan membayar di depan, dengan harga lebih rendah.</li></ul>"
                            "<p><strong>Reseller</strong> membeli dari Anda dengan potongan, lalu menjual lagi dengan harga eceran Anda.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Contoh titip jual",
                                "text": (
                                    "Bu Wati menitip 20 sabun di toko oleh-oleh. Harga eceran Rp 13.000, toko mengambil 30%. "
                                    "Bu Wati menerima Rp 9.100 per sabun yang laku. Sebulan laku 14 sabun: Rp 127.400. "
                                    "Sisa 6 sabun kembali dan dicek kemasannya."
                                ),
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Tulis dalam surat titip jual",
                                "items": [
                                    "Jumlah barang dan tanggal dititip.",
                                    "Harga eceran dan bagian toko dalam persen.",
                                    "Kapan toko membayar, misalnya setiap tanggal 5.",
                                    "Apa yang terjadi dengan barang rusak atau mendekati kedaluwarsa.",
                                    "Tanda tangan kedua pihak. Simpan fotonya.",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}


QUIZ = {
    "title": "Kuis Jualan Aman dan Legal",
    "pass_mark": 70,
    "questions_per_attempt": 6,
    "questions": [
        {
            "type": "single",
            "lesson": "dokumen-usaha-langkah-demi-langkah",
            "text": "Apa yang harus Anda punya sebelum membuat NIB di OSS?",
            "options": opts(
                ("KTP dengan NIK yang benar", True),
                ("Sertifikat halal", False),
                ("Nomor P-IRT", False),
                ("Sertifikat merek", False),
            ),
            "explanation": "Dokumen usaha saling bergantung. Izin-izin berikutnya meminta NIB, dan NIB dibuat dari data kependudukan Anda.",
        },
        {
            "type": "single",
            "lesson": "dokumen-usaha-langkah-demi-langkah",
            "text": "Berapa biaya membuat NIB di OSS?",
            "options": opts(
                ("Gratis", True),
                ("Rp 500.000", False),
                ("Rp 100.000 setiap tahun", False),
                ("Sesuai tarif calo di daerah Anda", False),
            ),
            "explanation": "Pendaftaran usaha di sistem pemerintah tidak dipungut biaya. Orang yang meminta bayaran untuk itu menjual jasa yang bisa Anda kerjakan sendiri dengan bantuan balai.",
        },
        {
            "type": "single",
            "lesson": "dokumen-usaha-langkah-demi-langkah",
            "text": "Sabun sereh buatan rumah memerlukan izin apa?",
            "options": opts(
                ("Notifikasi kosmetik di BPOM", True),
                ("SPP-IRT dari Dinas Kesehatan", False),
                ("Cukup NIB", False),
                ("Sertifikat merek", False),
            ),
            "explanation": "Izin rumahan dari Dinas Kesehatan hanya untuk pangan. Produk yang dipakai di kulit diawasi sebagai kosmetik.",
        },
        {
            "type": "truefalse",
            "lesson": "dokumen-usaha-langkah-demi-langkah",
            "text": "Sebelum mendaftarkan merek, nama merek dicek di pangkalan data PDKI.",
            "answer": True,
            "explanation": "Pendaftaran ditolak jika nama serupa sudah terdaftar untuk barang sejenis. Mengecek lebih dulu menghemat biaya pendaftaran.",
        },
        {
            "type": "single",
            "lesson": "keamanan-pangan-dan-daya-simpan",
            "text": "Keripik Anda mulai melempem pada minggu ke-10 dalam uji simpan. Daya simpan berapa yang ditulis di label?",
            "options": opts(
                ("Lebih pendek, misalnya 8 minggu", True),
                ("10 minggu, sesuai hasil uji", False),
                ("12 minggu, karena masih bisa dimakan", False),
                ("6 bulan, seperti keripik pabrik", False),
            ),
            "explanation": "Di rumah pembeli, suhu dan cara menyimpan bisa lebih buruk dari uji Anda. Sisakan jarak aman agar produk masih baik sampai tanggal di label.",
        },
        {
            "type": "multiple",
            "lesson": "keamanan-pangan-dan-daya-simpan",
            "text": "Mana kebiasaan dapur yang membuat keripik aman dan awet? Pilih semua yang benar.",
            "options": opts(
                (
                    "Mendinginkan keripik sampai benar-benar dingin sebelum dikemas",
                    True,
                ),
                ("Memakai minyak baru, bukan minyak hitam yang berbusa", True),
                ("Menutup kemasan rapat dengan alat perekat", True),
                ("Mengemas selagi hangat agar tetap renyah", False),
                ("Menyimpan stok di dekat jendela yang terkena matahari", False),
            ),
            "explanation": "Uap dari makanan hangat menjadi air di dalam kemasan, dan panas serta cahaya mempercepat minyak menjadi tengik.",
        },
        {
            "type": "truefalse",
            "lesson": "keamanan-pangan-dan-daya-simpan",
            "text": 'Produk P-IRT boleh diberi tulisan "tanpa pengawet" jika memang tidak memakai pengawet.',
            "answer": False,
            "explanation": "Izin rumahan tidak mencakup klaim apa pun di label, walaupun klaim itu terasa benar.",
        },
        {
            "type": "single",
            "lesson": "modal-dan-utang-aman",
            "text": "Aplikasi pinjaman meminta akses ke semua kontak di ponsel Anda. Apa artinya?",
            "options": opts(
                ("Tanda bahaya: tolak dan cek namanya di daftar OJK", True),
                ("Biasa, untuk memastikan Anda orang sungguhan", False),
                ("Boleh, asal bunganya kecil", False),
                ("Boleh, jika pinjamannya hanya sebentar", False),
            ),
            "explanation": "Akses ke kontak dipakai penagih ilegal untuk mempermalukan peminjam di depan keluarga dan teman. Pemberi pinjaman yang diawasi tidak boleh memintanya.",
        },
        {
            "type": "single",
            "lesson": "modal-dan-utang-aman",
            "text": 'Seseorang menawarkan "peluang usaha": bayar Rp 1.000.000 untuk pendaftaran, untung Rp 500.000 setiap bulan pasti. Apa yang sebaiknya dilakukan?',
            "options": opts(
                ("Tolak dan tanyakan dulu ke balai atau OJK", True),
                ("Ikut jika yang menawarkan teman dekat", False),
                ("Ikut dengan uang setengahnya dulu untuk mencoba", False),
                ("Ikut jika ada bukti transfer untung dari anggota lain", False),
            ),
            "explanation": "Usaha yang nyata tidak bisa menjanjikan untung pasti. Skema seperti ini biasanya membayar anggota lama dari uang anggota baru, sampai runtuh.",
        },
        {
            "type": "numeric",
            "lesson": "modal-dan-utang-aman",
            "text": (
                "Anda ditawari pinjaman dengan cicilan Rp {c} setiap bulan selama {n} bulan. "
                "Berapa total yang harus Anda bayar (dalam Rupiah)?"
            ),
            "variables": {
                "c": {"min": 200000, "max": 600000, "step": 50000},
                "n": {"min": 6, "max": 12, "step": 1},
            },
            "formula": "c * n",
            "tolerance": 0,
            "explanation": "Yang penting bukan uang yang Anda terima hari ini, tetapi semua cicilan yang akan Anda bayar. Bandingkan jumlah itu dengan pinjamannya dan dengan laba Anda.",
        },
        {
            "type": "truefalse",
            "lesson": "modal-dan-utang-aman",
            "text": "Cicilan pinjaman sebaiknya dibandingkan dengan laba bulanan, bukan dengan omzet.",
            "answer": True,
            "explanation": "Omzet masih harus dipakai membeli bahan. Hanya sisa setelah semua biaya yang bisa membayar cicilan tanpa menghentikan produksi.",
        },
        {
            "type": "single",
            "lesson": "menerima-pembayaran",
            "text": "Pembeli memilih COD (bayar di tempat). Siapa yang memegang uangnya lebih dulu?",
            "options": opts(
                ("Kurir, lalu menyetorkannya ke Anda beberapa hari kemudian", True),
                ("Anda, karena pembeli membayar saat memesan", False),
                ("Bank pembeli, sampai Anda menagih", False),
                ("Tidak ada; pembeli membayar ke Anda lewat WhatsApp", False),
            ),
            "explanation": "Pada bayar di tempat, uang berpindah saat paket diserahkan. Uang itu baru sampai ke Anda setelah disetor, dan paket yang ditolak kembali tanpa uang.",
        },
        {
            "type": "single",
            "lesson": "menerima-pembayaran",
            "text": "Pembeli di aplikasi belanja meminta transfer langsung ke rekening Anda agar lebih murah. Apa jawaban Anda?",
            "options": opts(
                ("Menolak dengan sopan dan meminta ia memesan lewat aplikasi", True),
                ("Setuju, karena tidak ada biaya admin", False),
                ("Setuju, asal ia mengirim foto bukti transfer", False),
                ("Setuju, dan mengirim barang lebih dulu", False),
            ),
            "explanation": "Di luar aplikasi, tidak ada yang menahan uang atau menengahi jika ada masalah. Akun toko juga bisa dihukum karena mengajak transaksi di luar aplikasi.",
        },
        {
            "type": "numeric",
            "lesson": "catatan-stok-pesanan-utang",
            "text": (
                "Anda membuat {a} bungkus. Terjual {b} bungkus lewat WhatsApp dan {c} bungkus dititip di warung. "
                "Berapa bungkus sisa di rumah?"
            ),
            "variables": {
                "a": {"min": 50, "max": 80, "step": 5},
                "b": {"min": 10, "max": 25, "step": 1},
                "c": {"min": 5, "max": 20, "step": 5},
            },
            "formula": "a - b - c",
            "tolerance": 0,
            "explanation": "Barang titipan sudah keluar dari rumah walaupun belum dibayar. Kurangi semua yang keluar dari jumlah yang dibuat.",
        },
        {
            "type": "single",
            "lesson": "catatan-stok-pesanan-utang",
            "text": "Tetangga belum membayar utang bulan lalu dan ingin mengambil lagi. Aturan mana yang baik?",
            "options": opts(
                ("Utang baru diberikan setelah utang lama lunas", True),
                ("Berikan saja, nanti dibayar sekaligus", False),
                ("Berikan, tetapi tidak perlu dicatat agar tidak canggung", False),
                ("Tagih di grup WhatsApp RT agar ia malu", False),
            ),
            "explanation": "Batas yang jelas dan tercatat menjaga uang usaha dan hubungan baik. Menagih di depan umum merusak kepercayaan.",
        },
        {
            "type": "single",
            "lesson": "kemas-dan-kirim-aman",
            "text": "Data pengirim apa yang paling aman di label paket?",
            "options": opts(
                (
                    "Nama merek, nomor WhatsApp usaha, dan alamat balai jika diizinkan",
                    True,
                ),
                ("Nama lengkap dan alamat rumah, agar paket bisa kembali", False),
                ("Data toko lain yang tidak Anda kenal", False),
                ("Tidak menulis apa pun, kurir akan mengerti", False),
            ),
            "explanation": "Label dibaca banyak orang di sepanjang jalan. Data usaha cukup untuk mengembalikan paket, dan data palsu membuat paket tertahan.",
        },
        {
            "type": "truefalse",
            "lesson": "kemas-dan-kirim-aman",
            "text": "Mengantar paket ke titik antar (drop point) kurir membantu menjaga alamat rumah tetap pribadi.",
            "answer": True,
            "explanation": "Jika kurir menjemput, ia perlu datang ke tempat Anda. Mengantar sendiri ke tempat kurir tidak membuka lokasi itu.",
        },
        {
            "type": "single",
            "lesson": "layanan-pelanggan-whatsapp",
            "text": "Kapan aturan tukar barang sebaiknya diberitahukan kepada pembeli?",
            "options": opts(
                ("Sebelum membeli, misalnya di katalog dan balasan harga", True),
                ("Setelah pembeli mengeluh", False),
                ("Tidak perlu, karena setiap masalah berbeda", False),
                ("Hanya kepada pembeli yang sering mengeluh", False),
            ),
            "explanation": "Pembeli yang tahu aturan sejak awal merasa diperlakukan adil, dan Anda tidak perlu berdebat saat ada masalah.",
        },
        {
            "type": "truefalse",
            "lesson": "layanan-pelanggan-whatsapp",
            "text": "Membeli ulasan bintang lima adalah cara aman untuk membuat toko baru dipercaya.",
            "answer": False,
            "explanation": "Ulasan palsu menipu pembeli dan bisa membuat toko ditutup aplikasi. Ulasan jujur dari pembeli nyata lebih tahan lama.",
        },
        {
            "type": "single",
            "lesson": "video-pendek-dan-toko-online",
            "text": "Anda membuat keripik di rumah dan tidak punya kios. Bagaimana dengan Google Maps?",
            "options": opts(
                (
                    "Jangan mendaftarkan rumah; pilih tanpa alamat tampil jika ada pilihannya",
                    True,
                ),
                ("Daftarkan rumah agar pembeli mudah datang", False),
                ("Daftarkan alamat tetangga", False),
                (
                    "Daftarkan alamat pasar terdekat walau Anda tidak berjualan di sana",
                    False,
                ),
            ),
            "explanation": "Peta menunjukkan tempat kepada siapa saja. Tempat yang tidak melayani pembeli datang tidak perlu ada di peta, dan alamat palsu menyesatkan.",
        },
        {
            "type": "multiple",
            "lesson": "video-pendek-dan-toko-online",
            "text": "Apa yang sebaiknya ada di video produk 20 detik? Pilih semua yang benar.",
            "options": opts(
                ("Hasil akhir di detik-detik pertama", True),
                ("Potongan proses membuat produk", True),
                ("Merek, harga, dan cara memesan", True),
                ("Wajah anak-anak yang membantu", False),
                ("Jalan depan rumah agar terlihat asli", False),
            ),
            "explanation": "Penonton memutuskan menonton atau tidak dalam beberapa detik, lalu perlu tahu cara membeli. Latar yang membuka keluarga atau lokasi tidak menambah penjualan.",
        },
        {
            "type": "truefalse",
            "lesson": "cerita-merek-yang-aman",
            "text": "Agar produk laku, penjual harus menceritakan masa lalu dan kesulitannya.",
            "answer": False,
            "explanation": "Pembeli membeli karena produk yang baik dan cerita tentang cara membuatnya. Kisah pribadi adalah milik Anda dan boleh tetap pribadi.",
        },
        {
            "type": "single",
            "lesson": "cerita-merek-yang-aman",
            "text": "Mana cerita merek yang menjual dan tetap aman?",
            "options": opts(
                (
                    "Singkong segar dari petani lokal, diiris tangan, digoreng dengan minyak baru",
                    True,
                ),
                ("Cerita lengkap perjalanan hidup pemilik sejak kecil", False),
                ("Nama lengkap pemilik dan kampung asalnya", False),
                ("Foto keluarga dengan produk di depan rumah", False),
            ),
            "explanation": "Cerita tentang bahan dan cara membuat menjawab kenapa produk ini lebih baik, tanpa membuka siapa dan di mana Anda.",
        },
        {
            "type": "numeric",
            "lesson": "jual-ke-toko-dan-reseller",
            "text": (
                "Anda menitip sabun di toko. Harga eceran Rp {p}, toko mengambil {f}%. "
                "Bulan ini laku {n} sabun. Berapa uang yang Anda terima (dalam Rupiah)?"
            ),
            "variables": {
                "p": {"min": 10000, "max": 20000, "step": 1000},
                "f": {"min": 20, "max": 30, "step": 10},
                "n": {"min": 5, "max": 20, "step": 1},
            },
            "formula": "p * (100 - f) / 100 * n",
            "tolerance": 0,
            "explanation": "Untuk setiap barang yang laku, bagian toko dipotong dari harga eceran. Kalikan sisanya dengan jumlah yang laku saja, bukan jumlah yang dititip.",
        },
        {
            "type": "single",
            "lesson": "jual-ke-toko-dan-reseller",
            "text": "Apa bedanya titip jual dan jual putus?",
            "options": opts(
                (
                    "Titip jual dibayar setelah laku; jual putus dibayar di depan dengan harga lebih rendah",
                    True,
                ),
                ("Titip jual dibayar di depan; jual putus dibayar setelah laku", False),
                ("Keduanya sama, hanya namanya berbeda", False),
                ("Jual putus hanya untuk reseller online", False),
            ),
            "explanation": "Siapa yang menanggung barang tidak laku menentukan harganya. Toko yang membayar di depan menanggung risiko, jadi meminta potongan lebih besar.",
        },
        {
            "type": "multiple",
            "lesson": "jual-ke-toko-dan-reseller",
            "text": "Apa saja yang perlu ditulis dalam surat titip jual? Pilih semua yang benar.",
            "options": opts(
                ("Jumlah barang dan tanggal dititip", True),
                ("Bagian toko dalam persen", True),
                ("Kapan toko membayar", True),
                ("Nomor KTP dan alamat rumah Anda", False),
                ("Janji toko pasti menjual semuanya", False),
            ),
            "explanation": "Perjanjian yang baik menjawab barang apa, berapa bagian masing-masing, kapan dibayar, dan apa yang terjadi dengan barang rusak. Data pribadi dan janji yang tidak bisa ditepati tidak termasuk.",
        },
    ],
}
