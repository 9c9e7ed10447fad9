"""Demo content for Berdaya standard pages and the home page (Bahasa Indonesia).

Pure data: PAGES, HOME. No Django imports.
"""

from __future__ import annotations

HOME: dict = {
    "hero_title": "Keterampilan Anda, usaha Anda",
    "hero_text": (
        "Belajar mengelola usaha dari ponsel. Lalu jual produk Anda dengan merek sendiri "
        "kepada pembeli di seluruh Indonesia."
    ),
    "cta_learn": "Mulai belajar",
    "cta_shop": "Lihat etalase",
}

_TENTANG_BODY = (
    "<h2>Apa itu Berdaya?</h2>"
    "<p>Berdaya adalah tempat belajar dan berjualan untuk lulusan balai rehabilitasi sosial. "
    "Di balai, para lulusan sudah belajar keterampilan: menjahit, membuat kue, membuat sabun, "
    "dan membuat camilan. Berdaya membantu mengubah keterampilan itu menjadi penghasilan.</p>"
    "<h2>Apa yang bisa dilakukan di Berdaya?</h2>"
    "<h3>Belajar</h3>"
    "<p>Ada empat kursus singkat: <strong>Perencanaan Usaha</strong>, "
    "<strong>Mengelola Keuangan Usaha</strong>, <strong>Kemasan dan Merek</strong>, "
    "dan <strong>Pemasaran Online</strong>. Setiap pelajaran pendek, bisa dibuka di ponsel, "
    "dan bisa dilanjutkan kapan saja.</p>"
    "<h3>Berlatih dengan angka sendiri</h3>"
    "<p>Ada alat hitung HPP, harga jual, titik impas, dan buku kas. "
    "Anda bisa mencoba dengan biaya dan harga usaha Anda sendiri.</p>"
    "<h3>Berjualan di etalase</h3>"
    "<p>Setelah lulus kursus, Anda bisa membuka toko di etalase Berdaya dengan merek sendiri. "
    "Pembeli bisa melihat produk Anda dan menghubungi Anda untuk memesan.</p>"
    "<h2>Untuk siapa?</h2>"
    "<ul>"
    "<li><strong>Penerima manfaat</strong> yang ingin memulai atau mengembangkan usaha.</li>"
    "<li><strong>Pendamping dan petugas balai</strong> yang mendampingi peserta.</li>"
    "<li><strong>Pembeli</strong> yang ingin membeli produk buatan tangan yang bermutu.</li>"
    "</ul>"
    "<h2>Prinsip kami</h2>"
    "<ul>"
    "<li><strong>Mudah dan hemat kuota.</strong> Halaman ringan dan bisa dibuka di ponsel sederhana.</li>"
    "<li><strong>Bahasa yang sederhana.</strong> Kalimat pendek dan contoh sehari-hari.</li>"
    "<li><strong>Privasi adalah keamanan.</strong> Halaman umum hanya menampilkan nama panggilan atau merek dan kota.</li>"
    "<li><strong>Mutu yang dipercaya.</strong> Setiap merek dan produk diperiksa kurator sebelum tampil.</li>"
    "</ul>"
)

_FAQ_BODY = (
    "<h2>Untuk peserta belajar</h2>"
    "<h3>Apakah belajar di Berdaya berbayar?</h3>"
    "<p>Tidak. Semua kursus gratis untuk peserta yang didaftarkan oleh balai.</p>"
    "<h3>Saya tidak punya alamat email. Bisakah saya ikut?</h3>"
    "<p>Bisa. Petugas balai dapat mendaftarkan Anda tanpa email. "
    "Anda akan mendapat nama pengguna dan kata sandi dari petugas.</p>"
    "<h3>Kuota internet saya sedikit. Apakah boros?</h3>"
    "<p>Tidak. Halaman Berdaya dibuat ringan. Pelajaran yang terputus bisa dilanjutkan "
    "dari tempat terakhir Anda berhenti.</p>"
    "<h3>Bagaimana cara mendapat sertifikat?</h3>"
    "<p>Selesaikan semua pelajaran dalam satu kursus, lalu lulus kuisnya. "
    "Sertifikat bisa diunduh dan ditunjukkan kepada orang lain.</p>"
    "<h3>Bagaimana jika saya belum lulus kuis?</h3>"
    "<p>Tidak apa-apa. Baca lagi pelajarannya, lalu coba lagi. Soalnya bisa berbeda setiap kali.</p>"
    "<h2>Untuk penjual</h2>"
    "<h3>Kapan saya bisa membuka toko di etalase?</h3>"
    "<p>Setelah Anda lulus empat kursus: Perencanaan Usaha, Mengelola Keuangan Usaha, "
    "Kemasan dan Merek, dan Pemasaran Online. Lalu ajukan merek Anda. "
    "Kurator akan memeriksa sebelum toko tampil.</p>"
    "<h3>Apakah nama asli dan alamat saya akan terlihat?</h3>"
    "<p>Tidak. Pembeli hanya melihat nama merek atau nama panggilan Anda dan nama kota. "
    "Nama balai tidak ditampilkan, kecuali Anda sendiri memilih untuk menampilkannya.</p>"
    "<h3>Apakah Berdaya mengambil potongan dari penjualan?</h3>"
    "<p>Tidak. Pembeli menghubungi Anda langsung dan membayar kepada Anda. "
    "Harga dan cara pembayaran Anda sepakati bersama pembeli.</p>"
    "<h3>Produk saya belum punya P-IRT. Bolehkah dijual?</h3>"
    "<p>Boleh ditampilkan, tetapi jangan menulis nomor izin yang belum Anda punya. "
    "Pendamping balai dapat membantu mengurus P-IRT dan sertifikat halal.</p>"
    "<h2>Untuk pembeli</h2>"
    "<h3>Bagaimana cara membeli?</h3>"
    "<p>Pilih produk, lalu tekan tombol untuk menghubungi penjual. "
    "Tulis jumlah pesanan dan kota tujuan. Penjual akan membalas dengan harga akhir dan cara bayar.</p>"
    "<h3>Apakah saya perlu membuat akun?</h3>"
    "<p>Tidak. Pembeli bisa melihat produk dan menghubungi penjual tanpa akun.</p>"
    "<h3>Apakah produk di sini aman dan bermutu?</h3>"
    "<p>Setiap merek dan produk diperiksa kurator dengan daftar mutu: kemasan, label, dan foto. "
    "Untuk makanan, lihat nomor P-IRT dan sertifikat halal di halaman produk.</p>"
    "<h3>Bagaimana jika ada masalah dengan pesanan?</h3>"
    "<p>Hubungi penjual dulu dengan sopan. Jika tidak selesai, beri tahu tim Berdaya "
    "lewat halaman bantuan. Kami akan memeriksanya.</p>"
)

_PRIVASI_BODY = (
    "<h2>Dasar hukum</h2>"
    "<p>Berdaya melindungi data pribadi sesuai <strong>Undang-Undang Nomor 27 Tahun 2022 "
    "tentang Pelindungan Data Pribadi (UU PDP)</strong>. Kami hanya menyimpan data yang "
    "dibutuhkan untuk belajar dan berjualan.</p>"
    "<h2>Data apa yang kami simpan dan untuk apa</h2>"
    "<ul>"
    "<li><strong>Data akun</strong>: nama pengguna, nama panggilan, kata sandi (tersimpan terenkripsi), "
    "dan email atau nomor telepon jika ada. Untuk masuk ke akun dan memulihkan kata sandi.</li>"
    "<li><strong>Data balai dan angkatan</strong>: untuk pendampingan dan laporan balai. "
    "Petugas hanya dapat melihat peserta dari balainya sendiri.</li>"
    "<li><strong>Kemajuan belajar</strong>: pelajaran yang selesai, jawaban kuis, tugas, dan sertifikat. "
    "Untuk melanjutkan belajar dan menerbitkan sertifikat.</li>"
    "<li><strong>Data usaha</strong>: nama merek, cerita merek, kota, produk, dan foto produk. "
    "Untuk ditampilkan di etalase.</li>"
    "<li><strong>Pesan dari pembeli</strong>: nama dan kontak yang diisi pembeli. "
    "Hanya diteruskan kepada penjual yang dituju.</li>"
    "</ul>"
    "<p>Kami tidak menjual data Anda. Kami tidak memakai iklan atau pelacak dari pihak lain.</p>"
    "<h2>Apa yang tampil di halaman umum</h2>"
    "<ul>"
    "<li>Hanya <strong>nama tampilan</strong> atau <strong>nama merek</strong>, dan <strong>nama kota atau kabupaten</strong>.</li>"
    "<li>Nama lengkap, alamat, dan nomor telepon pribadi <strong>tidak pernah</strong> ditampilkan.</li>"
    "<li>Nama balai <strong>tidak ditampilkan</strong>, kecuali Anda sendiri memilih untuk menampilkannya. "
    "Pilihan ini bisa diubah kapan saja.</li>"
    "</ul>"
    "<h2>Foto yang Anda unggah</h2>"
    "<p>Foto dari ponsel sering menyimpan data lokasi tempat foto diambil. "
    "Berdaya <strong>menghapus data lokasi dan data tersembunyi lain</strong> dari setiap foto "
    "yang diunggah. Tetap periksa isi foto Anda: jangan ada alamat, nomor rumah, atau wajah anak.</p>"
    "<h2>Hak Anda</h2>"
    "<p>Sesuai UU PDP, Anda berhak melihat, memperbaiki, mengunduh, dan menghapus data pribadi Anda.</p>"
    "<h3>Mengunduh data</h3>"
    "<p>Buka halaman <strong>Data saya</strong> dari menu akun. Tekan tombol unduh. "
    "Anda akan mendapat salinan data Anda dalam satu berkas.</p>"
    "<h3>Menghapus data</h3>"
    "<p>Di halaman <strong>Data saya</strong>, tekan tombol hapus akun dan ikuti petunjuknya. "
    "Toko dan produk Anda akan diturunkan dari etalase. "
    "Catatan jumlah peserta tanpa nama bisa tetap disimpan agar laporan balai tetap benar.</p>"
    "<h2>Keamanan</h2>"
    "<p>Data disimpan di server yang dijaga. Hanya petugas yang berwenang yang dapat melihat data pribadi. "
    "Jika terjadi kebocoran data, kami akan memberi tahu Anda sesuai ketentuan UU PDP.</p>"
    "<h2>Pertanyaan</h2>"
    "<p>Jika ada pertanyaan tentang data Anda, hubungi pendamping balai Anda "
    "atau kirim pesan lewat halaman bantuan Berdaya.</p>"
)

PAGES: list[dict] = [
    {
        "slug": "tentang",
        "title": "Tentang Berdaya",
        "intro": (
            "Berdaya membantu lulusan balai mengubah keterampilan menjadi usaha, "
            "dari belajar sampai berjualan dengan merek sendiri."
        ),
        "body": _TENTANG_BODY,
    },
    {
        "slug": "tanya-jawab",
        "title": "Tanya jawab",
        "intro": "Jawaban untuk pertanyaan yang sering diajukan oleh peserta, penjual, dan pembeli.",
        "body": _FAQ_BODY,
    },
    {
        "slug": "privasi",
        "title": "Kebijakan privasi",
        "intro": (
            "Privasi adalah keamanan. Halaman ini menjelaskan data apa yang kami simpan, "
            "untuk apa, dan bagaimana Anda bisa mengunduh atau menghapusnya."
        ),
        "body": _PRIVASI_BODY,
    },
]
