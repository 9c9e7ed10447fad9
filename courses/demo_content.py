"""Demo course content for Berdaya (Bahasa Indonesia).

Pure data: COURSES, QUIZZES, ASSIGNMENTS. No Django imports.
Block values follow the shapes described in the content brief.
"""

from __future__ import annotations

from .demo_content_safe import JUALAN_AMAN
from .demo_content_safe import QUIZ as JUALAN_AMAN_QUIZ
from .demo_quiz import opts

# ---------------------------------------------------------------------------
# Kursus 1: Perencanaan Usaha
# ---------------------------------------------------------------------------

PERENCANAAN_USAHA = {
    "slug": "perencanaan-usaha",
    "title": "Perencanaan Usaha",
    "topic": "Perencanaan Usaha",
    "level": "dasar",
    "summary": (
        "Ubah keterampilan Anda menjadi usaha yang menghasilkan uang. "
        "Anda belajar mengenal pembeli dan membuat rencana usaha yang sederhana."
    ),
    "outcomes": [
        "Anda bisa menjelaskan produk Anda dan siapa pembelinya.",
        "Anda bisa mengisi kanvas usaha sederhana.",
        "Anda bisa menghitung biaya awal usaha.",
        "Anda bisa membuat rencana usaha satu halaman.",
    ],
    "counts_for_showcase": True,
    "modules": [
        {
            "slug": "dari-keterampilan-ke-usaha",
            "title": "Dari keterampilan ke usaha",
            "intro": (
                "Anda sudah bisa membuat sesuatu. Sekarang kita ubah keterampilan itu "
                "menjadi usaha."
            ),
            "lessons": [
                {
                    "slug": "keterampilan-jadi-usaha",
                    "title": "Keterampilan Anda adalah modal",
                    "minutes": 5,
                    "summary": "Keterampilan yang Anda pelajari di balai bisa menjadi sumber penghasilan.",
                    "body": [
                        (
                            "text",
                            "<p>Di balai, Anda sudah belajar membuat sesuatu. Misalnya menjahit tas, "
                            "membuat kue kering, membuat sabun sereh, atau menggoreng keripik singkong.</p>"
                            "<p>Keterampilan ini adalah <strong>modal</strong> yang berharga. "
                            "Banyak orang mau membeli barang buatan tangan yang rapi dan enak.</p>"
                            "<p>Bedanya hobi dan usaha ada di sini: usaha punya <strong>pembeli tetap</strong>, "
                            "<strong>harga yang dihitung</strong>, dan <strong>catatan uang</strong>.</p>",
                        ),
                        (
                            "image",
                            {
                                "alt": "Gambar: keripik singkong di piring putih di atas meja, di sampingnya bungkus plastik berdiri berlabel Keripik Singkong 50 g",
                                "scene": "kitchen-to-business",
                                "caption": "Keterampilan sehari-hari bisa menjadi produk yang dijual.",
                                "label": "Dari dapur ke usaha",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Contoh: Bu Sari",
                                "text": (
                                    "Bu Sari pandai membuat keripik singkong. Dulu ia hanya membuat untuk keluarga. "
                                    "Sekarang ia menjual 40 bungkus setiap minggu kepada tetangga dan lewat WhatsApp."
                                ),
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Tanyakan pada diri Anda",
                                "items": [
                                    "Apa yang paling saya kuasai?",
                                    "Apakah hasilnya rapi dan sama bagusnya setiap kali dibuat?",
                                    "Apakah ada orang yang pernah memuji atau memesan?",
                                    "Apakah bahannya mudah dibeli di dekat rumah?",
                                    "Berapa banyak yang bisa saya buat dalam seminggu?",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "kenali-pelanggan",
                    "title": "Kenali pelanggan Anda",
                    "minutes": 6,
                    "summary": "Usaha berjalan jika Anda tahu siapa pembeli dan apa yang mereka butuhkan.",
                    "body": [
                        (
                            "text",
                            "<p><strong>Pelanggan</strong> adalah orang yang membeli produk Anda. "
                            "Tidak semua orang adalah pelanggan Anda.</p>"
                            "<p>Contoh: sabun sereh cocok untuk ibu rumah tangga yang suka wangi alami. "
                            "Kue kering dalam toples cocok untuk hadiah Lebaran atau Natal.</p>"
                            "<p>Jika Anda tahu pelanggan Anda, Anda tahu di mana menjual, "
                            "berapa harga yang pantas, dan kemasan apa yang disukai.</p>",
                        ),
                        (
                            "steps",
                            {
                                "title": "Cara mengenal pelanggan",
                                "items": [
                                    "Tulis siapa yang paling sering membeli atau memuji produk Anda.",
                                    "Tanyakan langsung: kenapa mereka suka? Kapan mereka membeli?",
                                    "Tanyakan juga: berapa harga yang mereka anggap pantas?",
                                    "Lihat penjual lain yang menjual produk serupa. Siapa pembelinya?",
                                    "Pilih satu kelompok pelanggan utama untuk dimulai.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Mulai dari yang dekat",
                                "text": (
                                    "Tetangga, teman pengajian, jemaat gereja, dan teman kerja adalah pembeli pertama "
                                    "yang baik. Minta pendapat jujur mereka tentang rasa, ukuran, dan harga."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<h3>Pembeli kelas menengah</h3>"
                            "<p>Pembeli di kota biasanya mau membayar lebih untuk produk yang "
                            "<strong>bersih, rapi, dan jelas labelnya</strong>. "
                            "Mereka sering membeli lewat ponsel. Jadi foto dan kemasan sangat penting.</p>",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "model-usaha-sederhana",
            "title": "Model usaha sederhana",
            "intro": (
                "Kanvas usaha membantu Anda melihat seluruh usaha dalam satu halaman. "
                "Ada enam kotak yang perlu diisi."
            ),
            "lessons": [
                {
                    "slug": "kanvas-usaha",
                    "title": "Kanvas usaha: enam kotak",
                    "minutes": 8,
                    "summary": "Enam kotak sederhana menjelaskan cara usaha Anda mendapat uang.",
                    "body": [
                        (
                            "text",
                            "<p>Kanvas usaha adalah satu lembar kertas dengan enam kotak. "
                            "Setiap kotak menjawab satu pertanyaan tentang usaha Anda.</p>"
                            "<p>Isi dengan kalimat pendek. Tidak perlu sempurna. "
                            "Anda bisa mengubahnya nanti.</p>",
                        ),
                        (
                            "glossary",
                            [
                                {
                                    "term": "Produk",
                                    "definition": "Barang yang Anda buat dan jual. Contoh: keripik singkong pedas 50 gram.",
                                },
                                {
                                    "term": "Pelanggan",
                                    "definition": "Orang yang membeli. Contoh: ibu-ibu pekerja kantor di kota.",
                                },
                                {
                                    "term": "Nilai",
                                    "definition": "Alasan pembeli memilih produk Anda. Contoh: renyah, dibuat baru setiap minggu, buatan tangan.",
                                },
                                {
                                    "term": "Saluran",
                                    "definition": "Cara produk sampai ke pembeli. Contoh: WhatsApp, titip warung, bazar, Shopee.",
                                },
                                {
                                    "term": "Biaya",
                                    "definition": "Uang yang keluar untuk membuat dan menjual. Contoh: bahan, kemasan, gas, ongkos kirim.",
                                },
                                {
                                    "term": "Harga",
                                    "definition": "Uang yang dibayar pembeli untuk satu produk. Harga harus lebih tinggi dari biaya.",
                                },
                            ],
                        ),
                        (
                            "image",
                            {
                                "alt": "Gambar: kertas berisi enam kotak berjudul Produk, Pelanggan, Nilai, Saluran, Biaya, dan Harga, dengan garis kosong untuk diisi",
                                "scene": "business-canvas",
                                "caption": "Kanvas usaha sederhana dengan enam kotak.",
                                "label": "Kanvas usaha enam kotak",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Contoh kanvas: sabun sereh",
                                "text": (
                                    "Produk: sabun sereh batang 80 gram. Pelanggan: ibu rumah tangga di kota. "
                                    "Nilai: wangi alami, lembut di kulit. Saluran: WhatsApp dan bazar RT. "
                                    "Biaya: Rp 6.000 per batang. Harga: Rp 12.000 per batang."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "biaya-awal-usaha",
                    "title": "Menghitung biaya awal",
                    "minutes": 6,
                    "summary": "Ketahui berapa uang yang dibutuhkan sebelum mulai berjualan.",
                    "body": [
                        (
                            "text",
                            "<p><strong>Biaya awal</strong> adalah uang untuk memulai usaha. "
                            "Misalnya membeli alat, bahan pertama, dan kemasan pertama.</p>"
                            "<p>Jangan lupa <strong>modal kerja</strong>: uang untuk terus membeli bahan "
                            "sampai uang jualan masuk. Toko titipan dan aplikasi belanja sering membayar "
                            "1 sampai 4 minggu kemudian. Selama itu Anda tetap harus belanja bahan.</p>"
                            "<p>Tulis semua yang perlu dibeli. Lalu tandai mana yang sudah Anda punya. "
                            "Gunakan dulu alat yang ada. Jangan langsung membeli yang mahal.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Contoh biaya awal keripik singkong",
                                "text": (
                                    "Wajan besar Rp 85.000, serok Rp 15.000, alat perekat plastik Rp 100.000, "
                                    "bahan pertama Rp 100.000. Modal kerja untuk dua kali belanja bahan berikutnya: Rp 200.000. "
                                    "Jumlah biaya awal: Rp 500.000."
                                ),
                            },
                        ),
                        (
                            "steps",
                            {
                                "title": "Langkah menghitung biaya awal",
                                "items": [
                                    "Tulis semua alat yang dibutuhkan.",
                                    "Coret alat yang sudah Anda punya.",
                                    "Tulis harga alat yang masih perlu dibeli.",
                                    "Tambahkan biaya bahan dan kemasan untuk produksi pertama.",
                                    "Tambahkan modal kerja: bahan untuk beberapa kali produksi sampai uang jualan masuk.",
                                    "Jumlahkan semuanya. Itulah biaya awal Anda.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Hati-hati berutang",
                                "text": (
                                    "Jangan meminjam uang dari rentenir atau pinjaman online ilegal untuk biaya awal. "
                                    "Mulailah kecil dengan modal yang ada."
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "rencana-usaha-sederhana",
            "title": "Rencana usaha sederhana",
            "intro": (
                "Rencana usaha tidak harus tebal. Satu halaman sudah cukup "
                "untuk menuntun langkah Anda."
            ),
            "lessons": [
                {
                    "slug": "membuat-rencana-satu-halaman",
                    "title": "Membuat rencana satu halaman",
                    "minutes": 8,
                    "summary": "Tulis rencana usaha Anda dalam satu halaman dengan lembar kerja.",
                    "body": [
                        (
                            "text",
                            "<p>Rencana usaha adalah catatan tentang <strong>apa</strong> yang Anda jual, "
                            "<strong>kepada siapa</strong>, <strong>berapa harganya</strong>, "
                            "dan <strong>apa target Anda</strong>.</p>"
                            "<p>Rencana membantu Anda tetap fokus. Rencana juga berguna saat Anda "
                            "meminta bantuan modal atau ikut pameran.</p>",
                        ),
                        (
                            "worksheet",
                            {
                                "title": "Lembar kerja: rencana usaha satu halaman",
                                "description": "Cetak atau salin lembar ini. Isi dengan pensil agar mudah diubah.",
                                "lines": [
                                    "Nama usaha / merek: ........................................",
                                    "Produk utama saya: ........................................",
                                    "Pelanggan utama saya: ........................................",
                                    "Alasan pembeli memilih produk saya: ........................................",
                                    "Tempat atau cara saya menjual: ........................................",
                                    "Biaya membuat satu produk (HPP): Rp ..............",
                                    "Harga jual satu produk: Rp ..............",
                                    "Biaya awal yang dibutuhkan (alat, bahan pertama, modal kerja): Rp ..............",
                                    "Target penjualan per minggu: .......... buah",
                                    "Tiga langkah pertama saya bulan ini: 1. ........ 2. ........ 3. ........",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Tempel di dinding",
                                "text": (
                                    "Tempel rencana Anda di tempat yang sering terlihat, misalnya dekat tempat kerja. "
                                    "Lihat lagi setiap akhir bulan."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "target-dan-langkah-pertama",
                    "title": "Target dan langkah pertama",
                    "minutes": 5,
                    "summary": "Buat target kecil yang jelas lalu ukur hasilnya setiap minggu.",
                    "body": [
                        (
                            "text",
                            "<p>Target yang baik itu <strong>jelas dan bisa diukur</strong>. "
                            'Contoh: "menjual 30 bungkus keripik minggu ini". '
                            'Bukan hanya "jualan lebih banyak".</p>'
                            "<p>Jika Anda menjual 30 bungkus per minggu dengan harga Rp 6.000, "
                            "omzet per minggu adalah 30 x Rp 6.000 = <strong>Rp 180.000</strong>. "
                            "Dalam 4 minggu, omzet menjadi <strong>Rp 720.000</strong>.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Langkah pertama bulan ini",
                                "items": [
                                    "Pilih satu produk utama.",
                                    "Hitung HPP dan harga jual.",
                                    "Siapkan kemasan dan label sederhana.",
                                    "Foto produk dengan rapi.",
                                    "Tawarkan kepada 10 orang pertama.",
                                    "Catat semua uang masuk dan keluar.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Evaluasi setiap minggu",
                                "text": (
                                    "Setiap hari Minggu, Bu Sari melihat catatannya. Berapa bungkus terjual? "
                                    "Siapa yang membeli lagi? Dari situ ia tahu apa yang perlu diperbaiki."
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

# ---------------------------------------------------------------------------
# Kursus 2: Mengelola Keuangan Usaha
# ---------------------------------------------------------------------------

KEUANGAN = {
    "slug": "mengelola-keuangan-usaha",
    "title": "Mengelola Keuangan Usaha",
    "topic": "Keuangan",
    "level": "dasar",
    "summary": (
        "Belajar mengatur uang usaha dengan cara sederhana. "
        "Anda belajar mencatat kas, menghitung HPP, menentukan harga, dan menabung."
    ),
    "outcomes": [
        "Anda bisa memisahkan uang pribadi dan uang usaha.",
        "Anda bisa mencatat uang masuk dan keluar di buku kas.",
        "Anda bisa menghitung HPP dan harga jual.",
        "Anda bisa menghitung titik impas (BEP).",
        "Anda bisa menyisihkan laba untuk tabungan dan modal.",
    ],
    "counts_for_showcase": True,
    "modules": [
        {
            "slug": "uang-pribadi-dan-uang-usaha",
            "title": "Uang pribadi dan uang usaha",
            "intro": (
                "Langkah pertama mengelola keuangan adalah memisahkan uang. "
                "Lalu catat setiap uang yang masuk dan keluar."
            ),
            "lessons": [
                {
                    "slug": "pisahkan-uang",
                    "title": "Pisahkan uang pribadi dan uang usaha",
                    "minutes": 5,
                    "summary": "Uang usaha dan uang rumah tangga harus disimpan terpisah.",
                    "body": [
                        (
                            "text",
                            "<p>Banyak usaha kecil bangkrut karena uangnya tercampur. "
                            "Uang hasil jualan dipakai belanja dapur. Lalu tidak ada uang untuk membeli bahan lagi.</p>"
                            "<p>Jadi, simpan <strong>uang usaha</strong> di tempat sendiri. "
                            "Bisa di dompet khusus, kaleng, atau rekening bank terpisah.</p>"
                            "<p>Bayar diri Anda sendiri dengan <strong>gaji tetap</strong> dari usaha. "
                            "Misalnya Rp 50.000 setiap minggu.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Jangan ambil uang usaha sembarangan",
                                "text": (
                                    'Jika uang usaha dipakai untuk keperluan rumah, catat sebagai "ambil pribadi". '
                                    "Dengan begitu Anda tahu ke mana uang pergi."
                                ),
                            },
                        ),
                        (
                            "steps",
                            {
                                "title": "Cara memisahkan uang",
                                "items": [
                                    "Siapkan dua tempat: satu untuk rumah, satu untuk usaha.",
                                    "Semua uang hasil jualan masuk ke tempat uang usaha.",
                                    "Semua belanja bahan dibayar dari uang usaha.",
                                    "Ambil gaji untuk diri sendiri sekali seminggu, dengan jumlah tetap.",
                                    "Catat semuanya di buku kas.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "buku-kas-sederhana",
                    "title": "Buku kas sederhana",
                    "minutes": 7,
                    "summary": "Catat uang masuk dan uang keluar agar tahu saldo usaha setiap hari.",
                    "body": [
                        (
                            "text",
                            "<p><strong>Buku kas</strong> adalah catatan uang masuk dan uang keluar. "
                            "Tulis tanggal, keterangan, dan jumlahnya.</p>"
                            "<p><strong>Saldo</strong> adalah sisa uang. Rumusnya: saldo awal + uang masuk - uang keluar.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Contoh buku kas Bu Sari",
                                "text": (
                                    "Saldo awal Rp 200.000. Jual 10 bungkus keripik: masuk Rp 60.000. "
                                    "Beli singkong: keluar Rp 25.000. Beli minyak goreng: keluar Rp 34.000. "
                                    "Jual 15 bungkus: masuk Rp 90.000. "
                                    "Saldo akhir: 200.000 + 60.000 - 25.000 - 34.000 + 90.000 = Rp 291.000."
                                ),
                            },
                        ),
                        (
                            "cashbook",
                            {
                                "intro": (
                                    "Coba isi buku kas Anda sendiri. Tulis setiap uang masuk dan keluar. "
                                    "Saldo akan dihitung otomatis."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Catat hari itu juga",
                                "text": (
                                    "Simpan struk belanja. Catat setiap malam sebelum tidur. "
                                    "Lima menit sehari sudah cukup."
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "hpp-dan-harga-jual",
            "title": "HPP dan harga jual",
            "intro": (
                "HPP adalah dasar harga jual. Jika HPP salah, Anda bisa rugi "
                "walaupun banyak barang terjual."
            ),
            "lessons": [
                {
                    "slug": "apa-itu-hpp",
                    "title": "Apa itu HPP?",
                    "minutes": 5,
                    "summary": "HPP adalah biaya untuk membuat satu produk.",
                    "body": [
                        (
                            "text",
                            "<p><strong>HPP (harga pokok produksi)</strong> adalah biaya untuk membuat satu produk. "
                            "HPP terdiri dari tiga bagian.</p>"
                            "<ol><li><strong>Biaya bahan</strong>: bahan baku, kemasan, dan label.</li>"
                            "<li><strong>Biaya tenaga kerja</strong>: upah untuk waktu Anda bekerja.</li>"
                            "<li><strong>Biaya lain</strong>: gas, listrik, air, dan ongkos belanja.</li></ol>"
                            "<p>Banyak orang lupa menghitung upah dirinya sendiri. "
                            "Padahal waktu Anda juga berharga.</p>",
                        ),
                        (
                            "glossary",
                            [
                                {
                                    "term": "HPP",
                                    "definition": "Harga pokok produksi. Biaya membuat satu produk.",
                                },
                                {
                                    "term": "Modal",
                                    "definition": "Uang atau barang yang dipakai untuk menjalankan usaha.",
                                },
                                {
                                    "term": "Omzet",
                                    "definition": "Semua uang hasil penjualan, sebelum dikurangi biaya.",
                                },
                                {
                                    "term": "Laba",
                                    "definition": "Keuntungan. Omzet dikurangi semua biaya.",
                                },
                                {
                                    "term": "Markup",
                                    "definition": "Tambahan keuntungan di atas HPP, dihitung dalam persen dari HPP.",
                                },
                                {
                                    "term": "Margin",
                                    "definition": "Bagian harga jual yang menjadi laba, dihitung dalam persen dari harga jual.",
                                },
                            ],
                        ),
                        (
                            "image",
                            {
                                "alt": "Gambar: tiga tumpukan balok berlabel Bahan, Tenaga kerja, dan Biaya lain, dijumlahkan menjadi kotak HPP yang dibagi jumlah produk",
                                "scene": "three-parts-of-cost",
                                "caption": "HPP = (bahan + tenaga kerja + biaya lain) dibagi jumlah produk.",
                                "label": "Tiga bagian HPP",
                            },
                        ),
                    ],
                },
                {
                    "slug": "contoh-menghitung-hpp",
                    "title": "Contoh menghitung HPP keripik singkong",
                    "minutes": 9,
                    "summary": "Ikuti contoh lengkap menghitung HPP satu bungkus keripik singkong.",
                    "body": [
                        (
                            "text",
                            "<p>Bu Sari membuat keripik singkong. Satu kali produksi menghasilkan "
                            "<strong>40 bungkus</strong> isi 50 gram.</p>"
                            "<h3>1. Biaya bahan</h3>"
                            "<ul><li>Singkong 5 kg x Rp 5.000 = Rp 25.000</li>"
                            "<li>Minyak goreng 2 liter x Rp 17.000 = Rp 34.000</li>"
                            "<li>Bumbu dan garam = Rp 6.000</li>"
                            "<li>Plastik kemasan 40 x Rp 500 = Rp 20.000</li>"
                            "<li>Stiker label 40 x Rp 250 = Rp 10.000</li></ul>"
                            "<p>Jumlah biaya bahan: <strong>Rp 95.000</strong>.</p>",
                        ),
                        (
                            "text",
                            "<h3>2. Biaya tenaga kerja</h3>"
                            "<p>Bu Sari bekerja 4 jam. Upahnya Rp 10.000 per jam. "
                            "4 x Rp 10.000 = <strong>Rp 40.000</strong>.</p>"
                            "<h3>3. Biaya lain</h3>"
                            "<p>Gas dan listrik Rp 15.000. Ongkos ke pasar Rp 10.000. "
                            "Jumlah: <strong>Rp 25.000</strong>.</p>"
                            "<h3>4. Hitung HPP</h3>"
                            "<p>Total biaya: Rp 95.000 + Rp 40.000 + Rp 25.000 = <strong>Rp 160.000</strong>.</p>"
                            "<p>HPP per bungkus: Rp 160.000 : 40 = <strong>Rp 4.000</strong>.</p>",
                        ),
                        (
                            "hpp_calculator",
                            {
                                "intro": (
                                    "Sekarang coba dengan angka Anda sendiri. Isi biaya bahan (termasuk kemasan dan label), "
                                    "tenaga kerja, biaya lain, jumlah produk, dan untung (markup) yang Anda inginkan. "
                                    "Hitung kemasan satu kali saja."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Hitung ulang jika harga bahan naik",
                                "text": (
                                    "Harga minyak dan bahan lain sering berubah. "
                                    "Hitung ulang HPP setiap bulan atau setiap harga bahan naik."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "harga-jual-dan-margin",
                    "title": "Harga jual: markup dan margin",
                    "minutes": 7,
                    "summary": "Tentukan harga jual dengan markup pada HPP, dan jangan tertukar dengan margin.",
                    "body": [
                        (
                            "text",
                            "<p>Cara paling mudah menentukan harga: tambahkan keuntungan di atas HPP. "
                            "Tambahan ini disebut <strong>markup</strong>, dan dihitung dalam persen <strong>dari HPP</strong>.</p>"
                            "<p>Rumusnya: <strong>harga jual = HPP + (HPP x markup %)</strong>.</p>"
                            "<p><strong>Margin</strong> itu berbeda. Margin adalah bagian <strong>harga jual</strong> yang menjadi laba. "
                            "Rumusnya: margin = laba : harga jual.</p>"
                            "<p>Markup 50% sama dengan margin 33%, bukan margin 50%. "
                            "Jika dua kata ini tertukar, hitungan potongan toko bisa salah.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Contoh: markup 50%",
                                "text": (
                                    "HPP keripik Bu Sari Rp 4.000. Markup 50%: Rp 4.000 x 50% = Rp 2.000. "
                                    "Harga jual: Rp 4.000 + Rp 2.000 = Rp 6.000. "
                                    "Laba per bungkus: Rp 6.000 - Rp 4.000 = Rp 2.000. "
                                    "Marginnya: Rp 2.000 : Rp 6.000 = sekitar 33%."
                                ),
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Sebelum menetapkan harga, cek ini",
                                "items": [
                                    "Harga jual lebih tinggi dari HPP.",
                                    "Sudah termasuk upah Anda sendiri.",
                                    "Sudah melihat harga penjual lain untuk produk serupa.",
                                    "Masih untung setelah potongan reseller, toko titipan, atau aplikasi. Hitung di pelajaran berikutnya.",
                                    "Harga dibulatkan agar mudah, misalnya Rp 6.000, bukan Rp 5.870.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Murah belum tentu laku",
                                "text": (
                                    "Harga terlalu murah membuat Anda lelah tanpa untung. "
                                    "Pembeli kelas menengah justru ragu pada produk yang terlalu murah."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "harga-per-saluran",
                    "title": "Harga per saluran jual",
                    "minutes": 8,
                    "summary": "Reseller, toko titipan, dan aplikasi belanja mengambil bagian. Hitung harga agar Anda tetap untung.",
                    "body": [
                        (
                            "text",
                            "<p>Setiap saluran jual mengambil bagian dari harga. "
                            "Jual langsung lewat WhatsApp: tidak ada potongan. "
                            "<strong>Reseller</strong> biasanya minta potongan 20% sampai 30%. "
                            "<strong>Toko titipan</strong> (konsinyasi) sering mengambil 20% sampai 30%. "
                            "<strong>Aplikasi belanja</strong> memotong biaya admin, misalnya 5% sampai 15%.</p>"
                            "<p>Potongan itu dihitung dari <strong>harga jual</strong>, bukan dari HPP. "
                            "Karena itu markup kecil bisa habis.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Contoh rugi: markup 30%",
                                "text": (
                                    "HPP keripik Rp 4.000. Markup 30%: harga Rp 5.200. "
                                    "Lewat reseller yang minta potongan 25%, Anda terima Rp 5.200 - Rp 1.300 = Rp 3.900. "
                                    "Rugi Rp 100 per bungkus. Di toko titipan yang mengambil 30%, Anda terima Rp 3.640. "
                                    "Rugi Rp 360 per bungkus."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<h3>Rumus harga per saluran</h3>"
                            "<p>Mulai dari uang yang ingin Anda <strong>terima</strong> untuk satu barang: HPP ditambah laba Anda.</p>"
                            "<p><strong>Harga = uang yang ingin diterima : (1 - potongan saluran)</strong>.</p>"
                            "<p>Jika Anda yang membayar ongkos kirim, tambahkan ongkos kirim ke uang yang ingin diterima "
                            "<strong>sebelum</strong> dibagi. Potongan aplikasi diambil dari seluruh harga, "
                            "termasuk ongkos kirim yang ada di dalamnya.</p>"
                            "<p>Potongan 25% berarti dibagi 0,75. Potongan 10% berarti dibagi 0,9. "
                            "Bulatkan ke atas ke ratusan rupiah.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Contoh: sabun sereh Bu Wati",
                                "text": (
                                    "HPP sabun Rp 6.000. Bu Wati ingin menerima Rp 9.000 per batang. "
                                    "Langsung lewat WhatsApp: Rp 9.000. "
                                    "Reseller potongan 25%: 9.000 : 0,75 = Rp 12.000. Reseller membayar Rp 9.000. "
                                    "Toko titipan 30%: 9.000 : 0,7 = 12.857, dibulatkan Rp 12.900. "
                                    "Aplikasi belanja 10%: 9.000 : 0,9 = Rp 10.000, ongkos kirim dibayar pembeli. "
                                    "Jika Bu Wati memberi gratis ongkir Rp 1.000 per batang: "
                                    "(9.000 + 1.000) : 0,9 = 11.111, dibulatkan Rp 11.200."
                                ),
                            },
                        ),
                        (
                            "channel_price_calculator",
                            {
                                "intro": (
                                    "Sekarang coba dengan angka Anda sendiri. Kalkulator menunjukkan harga terkecil "
                                    "untuk setiap saluran, dibulatkan ke atas ke rupiah. "
                                    "Untuk label harga, bulatkan lagi ke atas ke ratusan rupiah."
                                ),
                            },
                        ),
                        (
                            "steps",
                            {
                                "title": "Langkah menentukan harga",
                                "items": [
                                    "Hitung HPP satu barang.",
                                    "Tentukan uang yang ingin Anda terima: HPP ditambah laba, ditambah ongkos kirim jika Anda yang membayarnya.",
                                    "Tulis potongan setiap saluran yang Anda pakai.",
                                    "Bagi uang yang ingin diterima dengan (1 - potongan). Bulatkan ke atas.",
                                    "Pakai satu harga eceran yang sama di semua tempat. Ambil dari saluran dengan potongan terbesar.",
                                    "Jika harga itu terlalu mahal untuk pembeli, jangan pakai saluran itu dulu.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Kenapa satu harga eceran?",
                                "text": (
                                    "Jika Anda menjual lebih murah di WhatsApp, pembeli tidak mau membeli di toko titipan atau dari reseller. "
                                    "Harga eceran yang sama membuat semua saluran tetap jalan. "
                                    "Saat menjual langsung, selisihnya menjadi tambahan laba Anda."
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "titik-impas-dan-menabung",
            "title": "Titik impas dan menabung",
            "intro": (
                "Ketahui berapa produk yang harus terjual agar tidak rugi. "
                "Lalu sisihkan laba untuk tabungan dan modal."
            ),
            "lessons": [
                {
                    "slug": "titik-impas-bep",
                    "title": "Titik impas (BEP)",
                    "minutes": 8,
                    "summary": "BEP adalah jumlah produk yang harus terjual agar semua biaya tertutup.",
                    "body": [
                        (
                            "text",
                            "<p><strong>BEP (titik impas)</strong> adalah saat uang masuk sama dengan uang keluar. "
                            "Belum untung, tapi juga tidak rugi.</p>"
                            "<p>Ada dua jenis biaya:</p>"
                            "<ul><li><strong>Biaya tetap</strong>: jumlahnya sama setiap bulan, berapa pun yang terjual. "
                            "Contoh: pulsa internet, cicilan oven.</li>"
                            "<li><strong>Biaya variabel</strong>: biaya untuk setiap produk. "
                            "Contoh: bahan, wadah toples kosong, label.</li></ul>"
                            "<p>Rumusnya: <strong>BEP = biaya tetap : (harga jual - biaya variabel per produk)</strong>.</p>"
                            "<p>Hasilnya jumlah barang. Jika ada angka di belakang koma, <strong>selalu bulatkan ke atas</strong>. "
                            "Jika dibulatkan ke bawah, Anda masih rugi sedikit.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Contoh: kue kering toples",
                                "text": (
                                    "Biaya tetap sebulan Rp 300.000 (internet Rp 100.000 dan cicilan oven Rp 200.000). "
                                    "Harga jual Rp 35.000 per toples. Biaya variabel Rp 20.000 per toples. "
                                    "BEP = 300.000 : (35.000 - 20.000) = 300.000 : 15.000 = 20 toples per bulan. "
                                    "Toples ke-21 dan seterusnya memberi laba. "
                                    "Jika biaya tetap Rp 310.000, hasilnya 20,7. Toples tidak bisa dijual sebagian, "
                                    "jadi BEP dibulatkan ke atas: 21 toples."
                                ),
                            },
                        ),
                        (
                            "bep_calculator",
                            {
                                "intro": (
                                    "Isi biaya tetap per bulan, harga jual, dan biaya variabel per produk. "
                                    "Kalkulator akan menunjukkan berapa produk yang harus terjual."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "menabung-dan-modal",
                    "title": "Menabung dan menambah modal",
                    "minutes": 6,
                    "summary": "Sisihkan sebagian laba secara rutin agar usaha bisa tumbuh.",
                    "body": [
                        (
                            "text",
                            "<p>Laba jangan dihabiskan semua. Sisihkan sebagian untuk "
                            "<strong>tabungan</strong> dan <strong>modal</strong>.</p>"
                            "<p>Contoh: laba sebulan Rp 800.000. Sisihkan 10% = <strong>Rp 80.000</strong>. "
                            "Dalam 6 bulan terkumpul 6 x Rp 80.000 = <strong>Rp 480.000</strong>. "
                            "Uang ini bisa untuk membeli alat baru atau bahan lebih banyak.</p>",
                        ),
                        (
                            "steps",
                            {
                                "title": "Cara menyisihkan laba",
                                "items": [
                                    "Hitung laba di akhir bulan dari buku kas.",
                                    "Sisihkan dulu untuk tabungan, misalnya 10%.",
                                    "Sisihkan untuk tambahan modal, misalnya 20%.",
                                    "Sisanya boleh dipakai untuk keperluan rumah.",
                                    "Simpan tabungan di bank atau koperasi resmi.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Hindari pinjaman berbahaya",
                                "text": (
                                    "Pinjaman online ilegal dan rentenir memberi bunga sangat tinggi. "
                                    "Cek dulu apakah pemberi pinjaman terdaftar di OJK. "
                                    "Tanyakan juga ke pendamping balai tentang program bantuan modal."
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

# ---------------------------------------------------------------------------
# Kursus 3: Kemasan dan Merek
# ---------------------------------------------------------------------------

KEMASAN_DAN_MEREK = {
    "slug": "kemasan-dan-merek",
    "title": "Kemasan dan Merek",
    "topic": "Kemasan & Merek",
    "level": "dasar",
    "summary": (
        "Kemasan dan merek membuat produk Anda dipercaya pembeli. "
        "Anda belajar membuat merek, mengisi label, dan memotret produk dengan ponsel."
    ),
    "outcomes": [
        "Anda bisa memilih kemasan yang bersih dan menarik.",
        "Anda bisa membuat nama merek dan logo sederhana.",
        "Anda bisa membuat label yang lengkap dan benar.",
        "Anda bisa memotret produk dengan ponsel secara rapi.",
    ],
    "counts_for_showcase": True,
    "modules": [
        {
            "slug": "kemasan-yang-dipercaya",
            "title": "Kemasan yang dipercaya pembeli",
            "intro": (
                "Pembeli melihat kemasan sebelum mencicipi produk. "
                "Kemasan yang baik membuat pembeli percaya."
            ),
            "lessons": [
                {
                    "slug": "mengapa-kemasan-penting",
                    "title": "Mengapa kemasan penting",
                    "minutes": 5,
                    "summary": "Kemasan yang rapi membuat produk bisa dijual dengan harga lebih baik.",
                    "body": [
                        (
                            "text",
                            "<p>Pembeli kelas menengah menilai produk dari kemasannya. "
                            "Kemasan yang bersih dan rapi terlihat <strong>aman</strong> dan <strong>berkualitas</strong>.</p>"
                            "<p>Kemasan juga melindungi produk. Keripik tetap renyah. Sabun tidak basah. "
                            "Kue kering tidak hancur saat dikirim.</p>",
                        ),
                        (
                            "image",
                            {
                                "alt": "Gambar: dua bungkus keripik. Kiri, sebelum: plastik polos diikat karet merah. Kanan, sesudah: kemasan berdiri dengan label Dapur Bu Sari",
                                "scene": "before-after",
                                "caption": "Produk yang sama terlihat berbeda dengan kemasan yang berbeda.",
                                "label": "Sebelum dan sesudah",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Harga naik karena kemasan",
                                "text": (
                                    "Keripik dalam plastik biasa laku Rp 5.000. Setelah memakai kemasan berdiri "
                                    "dengan label, keripik yang sama laku Rp 8.000 di toko oleh-oleh. "
                                    "Biaya kemasan hanya bertambah Rp 1.000."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "memilih-kemasan",
                    "title": "Memilih kemasan yang tepat",
                    "minutes": 6,
                    "summary": "Pilih kemasan yang sesuai dengan jenis produk dan cara pengiriman.",
                    "body": [
                        (
                            "text",
                            "<p>Setiap produk butuh kemasan yang berbeda.</p>"
                            "<ul><li><strong>Keripik dan camilan</strong>: plastik tebal berdiri dengan klip, atau kantong berlapis aluminium.</li>"
                            "<li><strong>Kue kering</strong>: toples plastik bening dengan tutup rapat.</li>"
                            "<li><strong>Sambal</strong>: botol kaca bersih dengan tutup rapat.</li>"
                            "<li><strong>Sabun</strong>: kertas bungkus atau kotak kertas kecil.</li>"
                            "<li><strong>Tas jahit</strong>: plastik bening dan kartu merek yang digantung.</li></ul>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Ciri kemasan yang baik",
                                "items": [
                                    "Bersih dan tidak berbau.",
                                    "Tertutup rapat, tidak bocor.",
                                    "Kuat untuk dikirim jauh.",
                                    "Produk terlihat atau ada foto produknya.",
                                    "Ada tempat untuk menempel label.",
                                    "Harganya masih masuk dalam hitungan HPP.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Jangan pakai kemasan bekas",
                                "text": (
                                    "Jangan memakai botol atau toples bekas produk lain. "
                                    "Jangan memakai kertas koran untuk membungkus makanan. "
                                    "Tinta koran tidak aman untuk makanan."
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "merek-dan-label",
            "title": "Merek dan label",
            "intro": (
                "Merek membuat pembeli ingat kepada Anda. "
                "Label memberi pembeli informasi yang mereka butuhkan."
            ),
            "lessons": [
                {
                    "slug": "nama-merek-dan-logo",
                    "title": "Membuat nama merek dan logo",
                    "minutes": 7,
                    "summary": "Nama merek yang mudah diingat membuat pembeli kembali membeli.",
                    "body": [
                        (
                            "text",
                            "<p><strong>Merek</strong> adalah nama dan tanda usaha Anda. "
                            "Pembeli yang puas akan mencari merek Anda lagi.</p>"
                            "<p>Nama merek yang baik itu <strong>pendek</strong>, <strong>mudah diucapkan</strong>, "
                            'dan <strong>sesuai produknya</strong>. Contoh: "Dapur Bu Sari", "Wangi Sereh", "Rapi Jahit".</p>'
                            "<p>Demi keamanan, Anda tidak perlu memakai nama lengkap Anda. "
                            "Nama panggilan atau nama karangan juga boleh.</p>",
                        ),
                        (
                            "steps",
                            {
                                "title": "Langkah membuat nama merek",
                                "items": [
                                    "Tulis 5 sampai 10 kata yang menggambarkan produk Anda.",
                                    "Gabungkan menjadi beberapa pilihan nama pendek.",
                                    "Ucapkan dengan keras. Pilih yang enak didengar.",
                                    "Cek nama itu di pangkalan data merek PDKI (pdki-indonesia.dgip.go.id). Pastikan belum didaftarkan orang lain untuk produk sejenis.",
                                    "Tanyakan pendapat 5 orang. Pilih yang paling mudah mereka ingat.",
                                ],
                            },
                        ),
                        (
                            "image",
                            {
                                "alt": "Gambar: logo sederhana berupa daun sereh hijau di dalam lingkaran, dengan tulisan hijau Wangi Sereh",
                                "scene": "simple-logo",
                                "caption": "Logo sederhana: satu gambar, satu atau dua warna, tulisan jelas.",
                                "label": "Logo sederhana",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Logo tidak harus mahal",
                                "text": (
                                    "Buat logo dengan aplikasi gratis di ponsel, misalnya Canva. "
                                    "Pakai satu atau dua warna saja. Pastikan tetap terbaca saat dicetak kecil."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "isi-label-kemasan",
                    "title": "Apa saja yang harus ada di label",
                    "minutes": 8,
                    "summary": "Label yang lengkap membuat pembeli percaya dan produk bisa masuk toko.",
                    "body": [
                        (
                            "text",
                            "<p>Label adalah kertas atau stiker di kemasan. "
                            "Label memberi tahu pembeli apa isi produk dan siapa pembuatnya.</p>"
                            "<p>Toko oleh-oleh dan pembeli kelas menengah biasanya hanya mau produk dengan label lengkap.</p>"
                            "<p>Aturan label pangan (Peraturan BPOM Nomor 31 Tahun 2018) meminta nama dan alamat pembuat. "
                            "BPOM menerima alamat yang berisi <strong>nama kota, kode pos, dan Indonesia</strong>. "
                            "Jadi Anda tidak perlu menulis jalan dan nomor rumah. Ini juga menjaga keamanan Anda. "
                            "Jika balai mengizinkan, Anda juga boleh bertanya apakah alamat balai bisa dipakai.</p>"
                            "<p><strong>Kode produksi</strong> menunjukkan kapan satu adonan dibuat. "
                            "Jika ada masalah, Anda tahu bungkus mana yang harus ditarik.</p>"
                            "<p><em>Sumber: Peraturan BPOM Nomor 31 Tahun 2018 tentang Label Pangan Olahan dan tanya-jawab "
                            "registrasi pangan BPOM (registrasipangan.pom.go.id). Dicek 30 November 2026.</em></p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Isi label makanan",
                                "items": [
                                    'Nama produk, misalnya "Keripik Singkong Balado".',
                                    'Merek, misalnya "Dapur Bu Sari".',
                                    'Berat bersih, misalnya "Berat bersih: 50 g".',
                                    "Komposisi: semua bahan, dari yang paling banyak.",
                                    'Nama dan alamat pembuat: "Diproduksi oleh Dapur Bu Sari, Malang 65111, Indonesia". Cukup kota, kode pos, dan "Indonesia". Tidak perlu nama jalan atau nomor rumah.',
                                    'Kode produksi atau tanggal produksi, misalnya "Kode produksi: 261120" untuk produksi 20 November 2026.',
                                    'Tanggal kedaluwarsa: "Baik digunakan sebelum 20 Februari 2027".',
                                    "Nomor P-IRT (P-IRT diikuti nomornya), setelah izin keluar.",
                                    "Logo halal dan nomor sertifikatnya, setelah sertifikat keluar.",
                                    "Kontak: nomor WhatsApp usaha atau akun Instagram, agar pembeli bisa bertanya.",
                                ],
                            },
                        ),
                        (
                            "glossary",
                            [
                                {
                                    "term": "Berat bersih",
                                    "definition": "Berat isi produk saja, tanpa kemasan.",
                                },
                                {
                                    "term": "Komposisi",
                                    "definition": "Daftar semua bahan yang dipakai.",
                                },
                                {
                                    "term": "Kode produksi",
                                    "definition": "Angka yang menunjukkan kapan produk dibuat. Boleh berupa tanggal produksi.",
                                },
                                {
                                    "term": "Tanggal kedaluwarsa",
                                    "definition": "Batas tanggal produk masih aman dan enak dimakan.",
                                },
                                {
                                    "term": "P-IRT",
                                    "definition": "Nomor izin pangan industri rumah tangga. Tanda produk dibuat dengan cara yang aman.",
                                },
                                {
                                    "term": "Sertifikat halal",
                                    "definition": "Bukti resmi bahwa bahan dan cara membuat produk sudah halal.",
                                },
                            ],
                        ),
                        (
                            "image",
                            {
                                "alt": "Gambar: label Keripik Singkong Balado, Dapur Bu Sari. Berat bersih 50 g. Komposisi. Diproduksi oleh Dapur Bu Sari, Malang 65111, Indonesia. Kode produksi 261120. Baik digunakan sebelum 20 Februari 2027. Tempat nomor P-IRT dan halal. WhatsApp usaha",
                                "scene": "complete-label",
                                "caption": "Contoh label yang lengkap dan mudah dibaca.",
                                "label": "Label kemasan yang jelas",
                            },
                        ),
                    ],
                },
                {
                    "slug": "izin-pirt-dan-halal",
                    "title": "Izin P-IRT dan sertifikat halal",
                    "minutes": 6,
                    "summary": "P-IRT dan sertifikat halal membuat produk makanan lebih dipercaya dan bisa masuk toko.",
                    "body": [
                        (
                            "text",
                            "<p><strong>P-IRT</strong> (SPP-IRT) adalah izin untuk makanan buatan rumah yang <strong>kering dan awet</strong>: "
                            "tahan lebih dari 7 hari di suhu ruang, dikemas, dan berlabel. Contoh: keripik, kue kering, bumbu kering. "
                            "Nomornya terdiri dari 15 angka.</p>"
                            "<p>P-IRT <strong>tidak</strong> untuk makanan yang harus disimpan di kulkas atau dibekukan, "
                            "susu dan olahan daging yang didinginkan, atau makanan bayi dan makanan diet khusus. "
                            "Produk P-IRT juga <strong>tidak boleh memakai klaim</strong>, misalnya "
                            '"menyehatkan", "menurunkan gula darah", atau "tanpa pengawet".</p>'
                            "<p>Sabun dan produk kulit lain termasuk kosmetik. Izinnya bukan P-IRT, tetapi "
                            "<strong>notifikasi kosmetik di BPOM</strong>.</p>"
                            "<p><strong>Sertifikat halal</strong> sekarang wajib untuk makanan dan minuman yang dijual. "
                            "Untuk usaha mikro dan kecil, PP Nomor 42 Tahun 2024 memberi batas sampai 17 Oktober 2026. "
                            "Batas itu sudah lewat. Jadi urus sekarang jika produk Anda makanan atau minuman.</p>"
                            "<p>Usaha mikro dan kecil bisa memakai jalur <strong>pernyataan mandiri</strong> (self declare), "
                            "dibantu <strong>pendamping proses produk halal</strong>. Ada kuota gratis dari BPJPH bernama "
                            "<strong>SEHATI</strong>. Kuotanya dibuka setiap tahun dan bisa habis. Tanyakan ke balai apakah kuota masih ada.</p>"
                            "<p><em>Sumber: PP Nomor 42 Tahun 2024 tentang Penyelenggaraan Bidang Jaminan Produk Halal; "
                            "BPJPH (halal.go.id, ptsp.halal.go.id); Peraturan BPOM Nomor 22 Tahun 2018 tentang SPP-IRT. "
                            "Dicek 30 November 2026. Aturan bisa berubah: jika ragu, tanyakan ke balai.</em></p>",
                        ),
                        (
                            "steps",
                            {
                                "title": "Langkah mengurus izin",
                                "items": [
                                    "Siapkan KTP. Semua izin memakai NIK dari KTP Anda.",
                                    "Buat NIB (Nomor Induk Berusaha) di oss.go.id. Gratis.",
                                    "Ikuti penyuluhan keamanan pangan dari Dinas Kesehatan.",
                                    "Ajukan P-IRT lewat OSS dan tunggu pemeriksaan tempat produksi.",
                                    "Daftar sertifikat halal lewat ptsp.halal.go.id dengan pendamping proses produk halal (kuota gratis SEHATI jika masih ada).",
                                    "Tanyakan kepada pendamping balai di setiap langkah. Mereka bisa membantu.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Jangan menulis nomor palsu",
                                "text": (
                                    "Jangan menulis nomor P-IRT atau logo halal jika belum punya. "
                                    "Itu melanggar hukum dan merusak kepercayaan pembeli. "
                                    "Lebih baik kosongkan dulu sambil mengurus izin."
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "foto-produk-dengan-ponsel",
            "title": "Memotret produk dengan ponsel",
            "intro": (
                "Ponsel biasa sudah cukup untuk foto produk yang bagus. "
                "Kuncinya ada pada cahaya dan latar."
            ),
            "lessons": [
                {
                    "slug": "cahaya-dan-latar",
                    "title": "Cahaya dan latar",
                    "minutes": 6,
                    "summary": "Cahaya matahari dari jendela dan latar polos membuat foto terlihat bersih.",
                    "body": [
                        (
                            "text",
                            "<p><strong>Cahaya</strong> paling baik adalah cahaya matahari dari jendela, "
                            "pagi atau sore hari. Jangan memakai lampu kilat (flash). "
                            "Jangan memotret di bawah matahari langsung.</p>"
                            "<p><strong>Latar</strong> harus polos dan bersih. "
                            "Pakai kertas putih, kain polos, atau papan kayu.</p>",
                        ),
                        (
                            "image",
                            {
                                "alt": "Gambar: toples kue kering di atas kain putih di dekat jendela, garis cahaya datang dari samping",
                                "scene": "window-light",
                                "caption": "Letakkan produk di dekat jendela. Cahaya dari samping membuat produk terlihat jelas.",
                                "label": "Cahaya dari jendela",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Sebelum memotret",
                                "items": [
                                    "Lap lensa kamera ponsel dengan kain bersih.",
                                    "Bersihkan kemasan dari debu dan sidik jari.",
                                    "Matikan lampu kilat.",
                                    "Singkirkan barang lain dari latar.",
                                    "Pastikan label terlihat dan lurus.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "praktik-foto-kemasan",
                    "title": "Praktik: foto kemasan Anda",
                    "minutes": 7,
                    "summary": "Ambil beberapa foto produk dari sudut berbeda lalu pilih yang terbaik.",
                    "body": [
                        (
                            "text",
                            "<p>Pembeli ingin melihat produk dari beberapa sisi. "
                            "Siapkan minimal <strong>tiga foto</strong>: tampak depan, isi produk, dan label.</p>"
                            "<p>Foto yang baik akan Anda pakai untuk toko di Berdaya, WhatsApp, dan Instagram.</p>",
                        ),
                        (
                            "steps",
                            {
                                "title": "Langkah memotret",
                                "items": [
                                    "Letakkan produk di atas latar polos dekat jendela.",
                                    "Foto tampak depan, sejajar dengan produk.",
                                    "Foto dari atas untuk memperlihatkan isi, misalnya keripik di piring.",
                                    "Foto label dari dekat. Pastikan tulisan terbaca.",
                                    "Ketuk layar pada produk agar fokus dan tidak buram.",
                                    "Pilih foto terbaik. Hapus yang gelap atau buram.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Jaga privasi di foto",
                                "text": (
                                    "Pastikan tidak ada wajah anak, nomor rumah, atau surat beralamat di dalam foto. "
                                    "Berdaya menghapus data lokasi foto secara otomatis, tapi isi foto tetap harus Anda periksa."
                                ),
                            },
                        ),
                        (
                            "worksheet",
                            {
                                "title": "Lembar kerja: daftar foto produk",
                                "description": "Centang setiap foto yang sudah Anda ambil.",
                                "lines": [
                                    "Nama produk: ........................................",
                                    "[ ] Foto tampak depan",
                                    "[ ] Foto isi produk",
                                    "[ ] Foto label dari dekat",
                                    "[ ] Foto produk sedang dipakai atau disajikan",
                                    "Foto terbaik saya nomor: ..........",
                                    "Yang perlu diperbaiki: ........................................",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

# ---------------------------------------------------------------------------
# Kursus 4: Pemasaran Online
# ---------------------------------------------------------------------------

PEMASARAN_ONLINE = {
    "slug": "pemasaran-online",
    "title": "Pemasaran Online",
    "topic": "Pemasaran Online",
    "level": "menengah",
    "summary": (
        "Jual produk Anda lewat ponsel. Anda belajar membuat katalog WhatsApp, "
        "berjualan di Shopee, Tokopedia, dan Instagram, melayani pembeli, dan menjaga keamanan."
    ),
    "outcomes": [
        "Anda bisa menulis deskripsi produk yang jelas.",
        "Anda bisa membuat katalog di WhatsApp Business.",
        "Anda bisa memulai toko di Shopee, Tokopedia, atau Instagram.",
        "Anda bisa membalas pembeli dengan sopan.",
        "Anda bisa mengenali penipuan dan menjaga data pribadi.",
    ],
    "counts_for_showcase": True,
    "modules": [
        {
            "slug": "foto-dan-deskripsi",
            "title": "Foto dan deskripsi produk",
            "intro": (
                "Di internet, pembeli tidak bisa memegang produk Anda. "
                "Foto dan deskripsi menggantikan tangan dan mata mereka."
            ),
            "lessons": [
                {
                    "slug": "foto-yang-menjual",
                    "title": "Foto produk yang menjual",
                    "minutes": 5,
                    "summary": "Foto yang terang, jelas, dan rapi membuat orang ingin membeli.",
                    "body": [
                        (
                            "text",
                            "<p>Foto adalah hal pertama yang dilihat pembeli. "
                            "Foto gelap atau buram membuat pembeli langsung pergi.</p>"
                            "<p>Pakai cara dari kursus Kemasan dan Merek: cahaya jendela dan latar polos. "
                            "Tambahkan satu foto produk <strong>sedang dipakai</strong>. "
                            "Misalnya tas jahit dipakai belanja, atau sambal di samping nasi hangat.</p>",
                        ),
                        (
                            "image",
                            {
                                "alt": "Gambar sederhana: tas kain batik tergantung di bahu seseorang, di depan dinding putih",
                                "scene": "product-in-use",
                                "caption": "Foto produk sedang dipakai membantu pembeli membayangkan ukurannya.",
                                "label": "Produk sedang dipakai",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Foto yang baik",
                                "items": [
                                    "Terang, tidak gelap.",
                                    "Tajam, tidak buram.",
                                    "Latar polos dan bersih.",
                                    "Produk mengisi sebagian besar foto.",
                                    "Warna sama dengan aslinya.",
                                    "Tidak ada barang pribadi atau alamat di foto.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "menulis-deskripsi",
                    "title": "Menulis deskripsi produk",
                    "minutes": 6,
                    "summary": "Deskripsi yang jelas menjawab pertanyaan pembeli sebelum mereka bertanya.",
                    "body": [
                        (
                            "text",
                            "<p>Deskripsi adalah tulisan tentang produk Anda. "
                            "Tulis dengan kalimat pendek dan jujur.</p>"
                            "<p>Deskripsi yang baik menjawab: <strong>apa ini</strong>, <strong>terbuat dari apa</strong>, "
                            "<strong>berapa ukuran atau beratnya</strong>, <strong>tahan berapa lama</strong>, "
                            "dan <strong>kenapa istimewa</strong>.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Contoh deskripsi",
                                "text": (
                                    "Keripik Singkong Balado Dapur Bu Sari. Renyah dan pedas manis. "
                                    "Bahan: singkong, minyak sawit, cabai, bawang putih, gula, garam. "
                                    "Berat bersih 50 g. Tahan 2 bulan dalam kemasan tertutup. "
                                    "Dibuat baru setiap minggu."
                                ),
                            },
                        ),
                        (
                            "steps",
                            {
                                "title": "Langkah menulis deskripsi",
                                "items": [
                                    "Tulis nama produk dan merek.",
                                    "Tulis satu kalimat keunggulan produk.",
                                    "Tulis bahan atau komposisi.",
                                    "Tulis berat atau ukuran.",
                                    "Tulis daya tahan dan cara menyimpan.",
                                    "Baca ulang. Hapus kata yang tidak perlu.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Tulis dengan jujur",
                                "text": (
                                    'Jangan menulis "paling enak sedunia" atau "bisa menyembuhkan penyakit". '
                                    "Janji berlebihan membuat pembeli kecewa dan memberi ulasan buruk."
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "tempat-berjualan-online",
            "title": "Tempat berjualan online",
            "intro": (
                "Mulailah dari WhatsApp Business. Setelah itu, coba Shopee, Tokopedia, atau Instagram."
            ),
            "lessons": [
                {
                    "slug": "katalog-whatsapp-business",
                    "title": "Katalog WhatsApp Business",
                    "minutes": 7,
                    "summary": "WhatsApp Business gratis dan punya katalog untuk memajang produk.",
                    "body": [
                        (
                            "text",
                            "<p><strong>WhatsApp Business</strong> adalah aplikasi WhatsApp khusus usaha. Gratis. "
                            "Anda bisa membuat profil usaha, katalog produk, dan balasan otomatis.</p>"
                            "<p>Sebaiknya pakai nomor khusus untuk usaha, terpisah dari nomor pribadi.</p>",
                        ),
                        (
                            "steps",
                            {
                                "title": "Cara membuat katalog",
                                "items": [
                                    "Unduh WhatsApp Business dari Play Store.",
                                    "Daftar dengan nomor usaha Anda.",
                                    "Isi profil: nama merek, jenis usaha, jam buka. Cukup tulis kota, bukan alamat rumah.",
                                    "Buka menu Alat Bisnis, lalu pilih Katalog.",
                                    "Tambahkan produk: foto, nama, harga, dan deskripsi.",
                                    "Bagikan tautan katalog ke grup dan status WhatsApp.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Pakai pesan salam otomatis",
                                "text": (
                                    'Atur pesan salam, misalnya: "Terima kasih sudah menghubungi Dapur Bu Sari. '
                                    'Silakan lihat katalog kami. Kami akan membalas secepatnya."'
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "berjualan-di-marketplace",
                    "title": "Berjualan di Shopee dan Tokopedia",
                    "minutes": 8,
                    "summary": "Aplikasi belanja seperti Shopee dan Tokopedia membuka pembeli dari seluruh Indonesia.",
                    "body": [
                        (
                            "text",
                            "<p>Shopee dan Tokopedia adalah aplikasi belanja yang dipakai jutaan orang. "
                            "Anda bisa membuka toko di sana secara gratis.</p>"
                            "<p>Tapi ada <strong>biaya admin</strong> untuk setiap barang yang terjual. "
                            "Masukkan biaya ini ke dalam hitungan harga jual.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Contoh biaya admin",
                                "text": (
                                    "Harga kue kering Rp 35.000. Biaya admin 8%: Rp 35.000 x 8% = Rp 2.800. "
                                    "Uang yang Anda terima: Rp 35.000 - Rp 2.800 = Rp 32.200."
                                ),
                            },
                        ),
                        (
                            "steps",
                            {
                                "title": "Langkah membuka toko",
                                "items": [
                                    "Unduh aplikasi Shopee atau Tokopedia.",
                                    "Daftar akun dan pilih menu untuk membuka toko.",
                                    "Pakai nama merek sebagai nama toko.",
                                    "Isi alamat pengambilan barang. Alamat ini tidak tampil di halaman toko, tetapi nama, nomor telepon, dan alamat pengirim bisa tercetak di label paket.",
                                    "Jika tidak ingin alamat rumah tercetak, tanyakan ke balai apakah paket boleh dikirim dari balai, atau antar sendiri ke titik antar (drop point) kurir.",
                                    "Unggah produk dengan foto, deskripsi, berat, dan harga.",
                                    "Pilih jasa kirim yang tersedia di daerah Anda.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Makanan basah tidak cocok dikirim jauh",
                                "text": (
                                    "Kirim jauh hanya produk yang awet, seperti keripik, kue kering, dan sabun. "
                                    "Makanan basah sebaiknya dijual di kota sendiri."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "dasar-instagram",
                    "title": "Dasar Instagram untuk usaha",
                    "minutes": 6,
                    "summary": "Instagram membantu pembeli mengenal cerita dan merek Anda.",
                    "body": [
                        (
                            "text",
                            "<p>Instagram adalah tempat berbagi foto dan video. "
                            "Banyak pembeli kelas menengah mencari produk di sini.</p>"
                            "<p>Buat akun khusus usaha, terpisah dari akun pribadi. "
                            "Pakai nama merek dan logo sebagai foto profil.</p>",
                        ),
                        (
                            "checklist",
                            {
                                "title": "Akun Instagram usaha yang rapi",
                                "items": [
                                    "Nama akun sama dengan nama merek.",
                                    "Logo sebagai foto profil.",
                                    "Bio singkat: produk apa, kota, dan cara memesan.",
                                    "Tautan ke WhatsApp Business atau toko Berdaya.",
                                    "Unggah foto produk 2 sampai 3 kali seminggu.",
                                    "Ceritakan proses membuat produk, bukan hanya jualan.",
                                ],
                            },
                        ),
                        (
                            "image",
                            {
                                "alt": "Gambar: layar ponsel berisi profil usaha wangisereh dengan logo daun, tulisan Sabun sereh, dan sembilan foto sabun yang rapi",
                                "scene": "tidy-profile",
                                "caption": "Profil usaha yang rapi membuat pembeli percaya.",
                                "label": "Profil usaha yang rapi",
                            },
                        ),
                        (
                            "worksheet",
                            {
                                "title": "Lembar kerja: rencana unggahan seminggu",
                                "description": "Rencanakan apa yang akan Anda unggah agar tidak bingung setiap hari.",
                                "lines": [
                                    "Senin: foto produk utama dengan harga",
                                    "Rabu: cerita proses membuat produk",
                                    "Jumat: ulasan atau ucapan terima kasih dari pembeli",
                                    "Minggu: promo kecil atau produk baru",
                                    "Kalimat ajakan membeli saya: ........................................",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "melayani-pembeli-dengan-aman",
            "title": "Melayani pembeli dengan aman",
            "intro": (
                "Pembeli yang dilayani dengan baik akan kembali. "
                "Tetap jaga keamanan Anda saat berjualan online."
            ),
            "lessons": [
                {
                    "slug": "membalas-pembeli-dengan-sopan",
                    "title": "Membalas pembeli dengan sopan",
                    "minutes": 6,
                    "summary": "Balasan yang cepat dan sopan membuat pembeli jadi pelanggan tetap.",
                    "body": [
                        (
                            "text",
                            "<p>Balas pesan pembeli <strong>secepatnya</strong>, paling lambat di hari yang sama. "
                            "Mulai dengan salam dan akhiri dengan terima kasih.</p>"
                            "<p>Jika ada keluhan, jangan marah. Dengarkan dulu, minta maaf, lalu tawarkan jalan keluar.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Contoh balasan",
                                "text": (
                                    '"Selamat pagi, Kak. Terima kasih sudah bertanya. '
                                    "Keripik singkong balado harganya Rp 6.000 per bungkus 50 gram. "
                                    'Stok ada. Mau pesan berapa bungkus, Kak?"'
                                ),
                            },
                        ),
                        (
                            "steps",
                            {
                                "title": "Jika pembeli mengeluh",
                                "items": [
                                    "Ucapkan terima kasih karena sudah memberi tahu.",
                                    "Minta foto masalahnya, misalnya kemasan rusak.",
                                    "Minta maaf dengan tulus.",
                                    "Tawarkan ganti barang atau kembalikan uang.",
                                    "Perbaiki cara kerja Anda agar tidak terulang.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "aman-berjualan-online",
                    "title": "Aman berjualan online",
                    "minutes": 7,
                    "summary": "Lindungi data pribadi Anda dan kenali tanda-tanda penipuan.",
                    "body": [
                        (
                            "text",
                            "<p>Berjualan online membuka pintu bagi banyak pembeli. "
                            "Tapi ada juga orang yang berniat jahat.</p>"
                            "<p><strong>Jangan bagikan alamat rumah</strong> di profil, status, atau foto. "
                            "Cukup tulis nama kota. Untuk bertemu pembeli, pilih tempat ramai seperti minimarket atau kantor pos.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Awas penipuan",
                                "text": (
                                    "Jangan pernah memberikan kode OTP kepada siapa pun. "
                                    "Jangan membuka file atau tautan aneh, misalnya file berakhiran .apk. "
                                    "Selalu cek uang sudah masuk di rekening atau aplikasi, jangan percaya foto bukti transfer saja."
                                ),
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kebiasaan aman",
                                "items": [
                                    "Profil hanya berisi nama merek dan kota.",
                                    "Kode OTP dan PIN tidak pernah dibagikan.",
                                    "Pesanan WhatsApp: barang dikirim setelah uang benar-benar masuk ke rekening Anda.",
                                    "Pesanan aplikasi belanja dan COD: kirim sesuai pesanan di aplikasi. Uang dipegang aplikasi atau kurir dulu.",
                                    "Tautan dari orang tidak dikenal tidak dibuka.",
                                    "Pembeli yang kasar atau mengancam diblokir dan dilaporkan.",
                                    "Jika ragu, tanyakan dulu ke pendamping balai.",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

COURSES: list[dict] = [
    PERENCANAAN_USAHA,
    KEUANGAN,
    KEMASAN_DAN_MEREK,
    PEMASARAN_ONLINE,
    JUALAN_AMAN,
]


# ---------------------------------------------------------------------------
# Kuis
# ---------------------------------------------------------------------------


# Every question names the lesson that teaches it ("lesson": its slug): a learner
# who answers wrongly gets a link to it, never the answer. Explanations are shown
# only after a pass and teach the idea, because other attempts draw the same
# question again. Each pool holds at least three times the questions drawn per
# attempt, so that a day of retries meets new questions.
QUIZZES: dict[str, dict] = {
    "perencanaan-usaha": {
        "title": "Kuis Perencanaan Usaha",
        "pass_mark": 70,
        "questions_per_attempt": 6,
        "questions": [
            {
                "type": "single",
                "lesson": "keterampilan-jadi-usaha",
                "text": "Apa yang membedakan usaha dari hobi?",
                "options": opts(
                    (
                        "Usaha punya pembeli tetap, harga yang dihitung, dan catatan uang.",
                        True,
                    ),
                    ("Usaha harus punya izin lengkap sejak hari pertama.", False),
                    ("Usaha harus punya toko di pinggir jalan.", False),
                    ("Usaha selalu menjual dalam jumlah besar.", False),
                ),
                "explanation": "Hobi dibuat untuk kesenangan sendiri. Usaha berjalan karena ada orang yang membeli lagi, harga yang menutup biaya, dan catatan yang menunjukkan untung atau rugi.",
            },
            {
                "type": "truefalse",
                "lesson": "keterampilan-jadi-usaha",
                "text": "Keterampilan yang Anda pelajari di balai bisa menjadi modal usaha.",
                "answer": True,
                "explanation": "Modal tidak selalu berupa uang. Kemampuan membuat barang yang rapi dan enak adalah sesuatu yang dicari pembeli dan tidak perlu Anda beli.",
            },
            {
                "type": "truefalse",
                "lesson": "kenali-pelanggan",
                "text": "Semua orang adalah pelanggan produk Anda.",
                "answer": False,
                "explanation": "Setiap produk cocok untuk kelompok orang tertentu. Jika Anda tahu siapa mereka, Anda tahu di mana menjual, berapa harganya, dan kemasan apa yang mereka suka.",
            },
            {
                "type": "single",
                "lesson": "kenali-pelanggan",
                "text": "Siapa pembeli pertama yang baik untuk dicoba?",
                "options": opts(
                    (
                        "Tetangga, teman pengajian, atau teman kerja yang mau berpendapat jujur",
                        True,
                    ),
                    ("Pembeli di aplikasi belanja dari seluruh Indonesia", False),
                    ("Toko besar di mal", False),
                    ("Keluarga sendiri saja, karena pasti memuji", False),
                ),
                "explanation": "Mulailah dari orang yang mudah Anda temui dan mau berterus terang. Dari pendapat mereka Anda belajar memperbaiki rasa, ukuran, dan harga sebelum menjual lebih jauh.",
            },
            {
                "type": "single",
                "lesson": "kenali-pelanggan",
                "text": "Pembeli kelas menengah di kota biasanya mau membayar lebih untuk produk yang seperti apa?",
                "options": opts(
                    ("Bersih, rapi, dan jelas labelnya", True),
                    ("Tanpa kemasan agar lebih murah", False),
                    ("Dibuat oleh penjual yang tinggal dekat rumah mereka", False),
                    ("Kemasannya memakai warna paling banyak", False),
                ),
                "explanation": "Pembeli di kota sering membeli lewat ponsel dan tidak bisa mencoba produk. Mereka menilai keamanan dan mutu dari tampilan, jadi kerapian dan label yang jelas membuat mereka percaya.",
            },
            {
                "type": "multiple",
                "lesson": "kanvas-usaha",
                "text": "Mana saja yang termasuk kotak dalam kanvas usaha? Pilih semua yang benar.",
                "options": opts(
                    ("Produk", True),
                    ("Saluran", True),
                    ("Harga", True),
                    ("Pesaing", False),
                    ("Izin usaha", False),
                ),
                "explanation": "Setiap kotak kanvas menjawab satu pertanyaan tentang cara usaha mendapat uang: apa yang dijual, kepada siapa, kenapa mereka memilihnya, lewat mana, berapa biayanya, dan berapa harganya.",
            },
            {
                "type": "single",
                "lesson": "kanvas-usaha",
                "text": 'Dalam kanvas usaha, apa arti "saluran"?',
                "options": opts(
                    (
                        "Cara produk sampai ke pembeli, misalnya WhatsApp atau bazar.",
                        True,
                    ),
                    ("Orang yang membeli produk Anda.", False),
                    ("Alasan pembeli memilih produk Anda.", False),
                    ("Uang yang keluar untuk mengirim barang.", False),
                ),
                "explanation": "Pikirkan jalan yang dilalui produk dari dapur Anda sampai ke tangan pembeli. Setiap jalan itu, di dunia nyata atau di ponsel, adalah sebuah saluran.",
            },
            {
                "type": "truefalse",
                "lesson": "kanvas-usaha",
                "text": '"Nilai" dalam kanvas usaha adalah alasan pembeli memilih produk Anda.',
                "answer": True,
                "explanation": "Ada banyak penjual produk serupa. Kotak nilai menjawab: apa yang membuat produk Anda lebih disukai, misalnya renyah, selalu baru, atau buatan tangan.",
            },
            {
                "type": "single",
                "lesson": "kanvas-usaha",
                "text": 'Dalam kanvas usaha, kotak "Biaya" berisi apa?',
                "options": opts(
                    (
                        "Uang yang keluar untuk membuat dan menjual, misalnya bahan, kemasan, dan gas",
                        True,
                    ),
                    ("Uang yang dibayar pembeli untuk satu produk", False),
                    ("Tempat produk dijual", False),
                    ("Alasan pembeli memilih produk", False),
                ),
                "explanation": "Kanvas memisahkan uang yang keluar dari uang yang masuk. Semua yang harus Anda bayar agar produk jadi dan sampai ke pembeli termasuk uang keluar.",
            },
            {
                "type": "truefalse",
                "lesson": "kanvas-usaha",
                "text": "Dalam kanvas usaha, harga harus lebih tinggi dari biaya.",
                "answer": True,
                "explanation": "Jika harga di bawah biaya, setiap penjualan menghabiskan uang Anda. Semakin banyak terjual, semakin besar ruginya.",
            },
            {
                "type": "single",
                "lesson": "biaya-awal-usaha",
                "text": "Saat menghitung biaya awal, apa yang sebaiknya dilakukan dengan alat yang sudah Anda punya?",
                "options": opts(
                    ("Coret dari daftar belanja dan pakai dulu alat itu", True),
                    ("Tetap dimasukkan ke biaya awal dengan harga barunya", False),
                    ("Dibeli lagi yang lebih besar agar produksi cepat naik", False),
                    ("Dipakai, tetapi biaya bahan pertama tidak perlu dihitung", False),
                ),
                "explanation": "Biaya awal yang kecil berarti Anda tidak perlu berutang dan lebih cepat balik modal. Alat baru bisa dibeli nanti dari laba.",
            },
            {
                "type": "truefalse",
                "lesson": "biaya-awal-usaha",
                "text": "Sebaiknya meminjam uang dari rentenir agar bisa langsung memulai usaha besar.",
                "answer": False,
                "explanation": "Bunga rentenir dan pinjaman online ilegal bisa lebih besar dari laba usaha kecil. Usaha yang dimulai kecil dengan modal sendiri lebih aman.",
            },
            {
                "type": "numeric",
                "lesson": "biaya-awal-usaha",
                "text": (
                    "Untuk memulai usaha, Anda perlu membeli wajan Rp {a}, serok Rp {b}, "
                    "dan bahan pertama Rp {c}. Berapa biaya awal Anda (dalam Rupiah)?"
                ),
                "variables": {
                    "a": {"min": 50000, "max": 150000, "step": 5000},
                    "b": {"min": 10000, "max": 30000, "step": 5000},
                    "c": {"min": 50000, "max": 200000, "step": 10000},
                },
                "formula": "a + b + c",
                "tolerance": 1,
                "explanation": "Biaya awal adalah jumlah semua yang harus dibeli sebelum bisa berjualan: alat dan bahan untuk produksi pertama dijumlahkan.",
            },
            {
                "type": "numeric",
                "lesson": "biaya-awal-usaha",
                "text": (
                    "Daftar belanja Anda: alat perekat plastik Rp {b} dan bahan pertama Rp {c}. "
                    "Wajan seharga Rp {a} sudah Anda punya di rumah. "
                    "Berapa uang yang masih perlu Anda siapkan (dalam Rupiah)?"
                ),
                "variables": {
                    "a": {"min": 60000, "max": 120000, "step": 5000},
                    "b": {"min": 80000, "max": 120000, "step": 10000},
                    "c": {"min": 50000, "max": 150000, "step": 10000},
                },
                "formula": "b + c",
                "tolerance": 1,
                "explanation": "Alat yang sudah Anda punya dicoret dari daftar: hanya yang masih harus dibeli yang dijumlahkan.",
            },
            {
                "type": "single",
                "lesson": "biaya-awal-usaha",
                "text": "Toko titipan membayar Anda sebulan setelah barang laku. Apa yang perlu masuk ke biaya awal?",
                "options": opts(
                    (
                        "Modal kerja: uang untuk terus membeli bahan sampai pembayaran masuk",
                        True,
                    ),
                    (
                        "Tidak ada, karena uang jualan pasti cukup untuk belanja bahan",
                        False,
                    ),
                    ("Hanya harga alat, karena bahan dibeli dari uang jualan", False),
                    ("Pinjaman dari aplikasi agar tidak kehabisan uang", False),
                ),
                "explanation": "Uang jualan sering datang terlambat, sedangkan bahan harus dibeli sekarang. Tanpa uang cadangan itu produksi berhenti walau barang laku.",
            },
            {
                "type": "numeric",
                "lesson": "biaya-awal-usaha",
                "text": (
                    "Anda perlu alat seharga Rp {a} dan bahan pertama Rp {c}. "
                    "Uang jualan baru masuk setelah dua kali lagi belanja bahan dengan jumlah yang sama. "
                    "Berapa biaya awal termasuk modal kerja (dalam Rupiah)?"
                ),
                "variables": {
                    "a": {"min": 100000, "max": 250000, "step": 10000},
                    "c": {"min": 50000, "max": 150000, "step": 10000},
                },
                "formula": "a + c * 3",
                "tolerance": 0,
                "explanation": "Biaya awal bukan hanya belanja pertama. Tambahkan setiap belanja bahan yang harus Anda bayar sebelum uang jualan pertama masuk.",
            },
            {
                "type": "multiple",
                "lesson": "membuat-rencana-satu-halaman",
                "text": "Apa saja yang perlu ditulis di rencana usaha satu halaman? Pilih semua yang benar.",
                "options": opts(
                    ("Produk utama", True),
                    ("Harga jual", True),
                    ("Target penjualan", True),
                    ("Laporan laba rugi lima tahun ke depan", False),
                    ("Nomor izin P-IRT dan sertifikat halal", False),
                ),
                "explanation": "Rencana satu halaman menjawab apa yang dijual, kepada siapa, berapa harganya, dan apa targetnya. Hitungan bertahun-tahun dan izin bisa menyusul; rencana ini untuk langkah bulan ini.",
            },
            {
                "type": "truefalse",
                "lesson": "membuat-rencana-satu-halaman",
                "text": "Rencana usaha hanya berguna untuk usaha besar, tidak untuk usaha rumahan.",
                "answer": False,
                "explanation": "Usaha sekecil apa pun lebih mudah fokus jika tujuannya tertulis. Rencana juga berguna saat meminta bantuan modal atau ikut pameran.",
            },
            {
                "type": "single",
                "lesson": "membuat-rencana-satu-halaman",
                "text": "Kapan sebaiknya Anda melihat lagi rencana usaha yang ditempel di dinding?",
                "options": opts(
                    ("Setiap akhir bulan", True),
                    ("Hanya saat usaha rugi", False),
                    ("Sekali saja, saat membuatnya", False),
                    ("Setiap hari, sambil mengubah targetnya", False),
                ),
                "explanation": "Rencana berguna jika dibandingkan dengan hasil nyata secara rutin. Dengan melihatnya berkala, Anda bisa mengubah rencana sebelum masalah menjadi besar.",
            },
            {
                "type": "single",
                "lesson": "target-dan-langkah-pertama",
                "text": "Mana target usaha yang paling baik?",
                "options": opts(
                    ("Menjual 30 bungkus keripik minggu ini.", True),
                    ("Jualan lebih banyak dari bulan lalu.", False),
                    ("Menjual 500 bungkus minggu ini, walau biasanya 30.", False),
                    ("Membuat pelanggan puas.", False),
                ),
                "explanation": "Target yang baik bisa diperiksa: ada jumlah dan ada batas waktunya. Di akhir minggu Anda tahu pasti apakah target tercapai.",
            },
            {
                "type": "numeric",
                "lesson": "target-dan-langkah-pertama",
                "text": (
                    "Anda menjual {n} bungkus keripik setiap minggu. Harga satu bungkus Rp {p}. "
                    "Berapa omzet Anda dalam 4 minggu (dalam Rupiah)?"
                ),
                "variables": {
                    "n": {"min": 10, "max": 50, "step": 5},
                    "p": {"min": 5000, "max": 15000, "step": 1000},
                },
                "formula": "n * p * 4",
                "tolerance": 1,
                "explanation": "Omzet seminggu adalah jumlah terjual dikali harga. Untuk beberapa minggu, kalikan lagi dengan jumlah minggunya.",
            },
            {
                "type": "single",
                "lesson": "target-dan-langkah-pertama",
                "text": "Bu Sari mengevaluasi usahanya setiap minggu. Pertanyaan mana yang membantunya memperbaiki usaha?",
                "options": opts(
                    ("Berapa bungkus terjual, dan siapa yang membeli lagi?", True),
                    ("Berapa banyak orang yang melihat status WhatsApp saya?", False),
                    ("Berapa harga yang dipakai penjual lain minggu ini?", False),
                ),
                "explanation": "Evaluasi melihat angka dari catatan sendiri. Penjualan dan pembeli yang kembali menunjukkan apa yang sudah berhasil dan apa yang perlu diubah.",
            },
            {
                "type": "multiple",
                "lesson": "target-dan-langkah-pertama",
                "text": "Mana yang termasuk langkah pertama bulan ini? Pilih semua yang benar.",
                "options": opts(
                    ("Hitung HPP dan harga jual", True),
                    ("Foto produk dengan rapi", True),
                    ("Catat semua uang masuk dan keluar", True),
                    ("Membeli mesin pengemas agar terlihat profesional", False),
                ),
                "explanation": "Langkah pertama itu kecil dan bisa dikerjakan sendiri dalam sebulan, tanpa utang: hitung, kemas, foto, tawarkan, dan catat.",
            },
        ],
    },
    "mengelola-keuangan-usaha": {
        "title": "Kuis Mengelola Keuangan Usaha",
        "pass_mark": 70,
        "questions_per_attempt": 6,
        "questions": [
            {
                "type": "truefalse",
                "lesson": "pisahkan-uang",
                "text": "Uang hasil jualan boleh langsung dipakai belanja dapur tanpa dicatat.",
                "answer": False,
                "explanation": "Jika uang usaha dan uang rumah tercampur, Anda tidak tahu lagi apakah usaha untung, dan uang untuk membeli bahan bisa habis.",
            },
            {
                "type": "single",
                "lesson": "pisahkan-uang",
                "text": "Bagaimana cara terbaik membayar diri sendiri dari usaha?",
                "options": opts(
                    ("Ambil gaji tetap, misalnya sekali seminggu, dan catat", True),
                    (
                        "Ambil uang dari kotak usaha kapan saja butuh, asal dikembalikan",
                        False,
                    ),
                    ("Tidak mengambil apa pun sampai usaha besar", False),
                    ("Ambil semua laba setiap hari", False),
                ),
                "explanation": "Kerja Anda layak dibayar, tetapi dengan jumlah dan waktu yang tetap. Dengan begitu uang usaha tetap cukup untuk bahan, dan catatan tetap benar.",
            },
            {
                "type": "truefalse",
                "lesson": "pisahkan-uang",
                "text": 'Jika uang usaha terpaksa dipakai untuk keperluan rumah, catat sebagai "ambil pribadi".',
                "answer": True,
                "explanation": "Catatan menjelaskan ke mana uang pergi. Tanpa catatan, uang yang keluar untuk rumah terlihat seperti rugi usaha.",
            },
            {
                "type": "single",
                "lesson": "buku-kas-sederhana",
                "text": "Bagaimana cara menghitung saldo di buku kas?",
                "options": opts(
                    ("Saldo awal + uang masuk - uang keluar", True),
                    ("Uang masuk + uang keluar", False),
                    ("Uang masuk - uang keluar, tanpa saldo awal", False),
                    ("Saldo awal + uang masuk", False),
                ),
                "explanation": "Saldo adalah uang yang tersisa. Mulai dari uang yang sudah ada, uang yang datang menambah, uang yang pergi mengurangi.",
            },
            {
                "type": "numeric",
                "lesson": "buku-kas-sederhana",
                "text": (
                    "Saldo awal buku kas Anda Rp {s}. Minggu ini uang masuk Rp {m} "
                    "dan uang keluar Rp {k}. Berapa saldo akhir (dalam Rupiah)?"
                ),
                "variables": {
                    "s": {"min": 100000, "max": 300000, "step": 10000},
                    "m": {"min": 50000, "max": 200000, "step": 10000},
                    "k": {"min": 10000, "max": 100000, "step": 5000},
                },
                "formula": "s + m - k",
                "tolerance": 1,
                "explanation": "Mulai dari saldo awal, tambahkan uang masuk, lalu kurangi uang keluar.",
            },
            {
                "type": "multiple",
                "lesson": "apa-itu-hpp",
                "text": "Biaya apa saja yang masuk dalam HPP? Pilih semua yang benar.",
                "options": opts(
                    ("Bahan baku dan kemasan", True),
                    ("Upah tenaga kerja, termasuk upah Anda sendiri", True),
                    ("Gas dan listrik untuk produksi", True),
                    ("Cicilan motor keluarga", False),
                    ("Uang belanja dapur rumah", False),
                ),
                "explanation": "HPP adalah semua biaya untuk membuat produk: bahan, tenaga kerja, dan biaya lain untuk produksi. Keperluan rumah tangga tidak ikut membuat produk.",
            },
            {
                "type": "truefalse",
                "lesson": "apa-itu-hpp",
                "text": "Upah untuk diri Anda sendiri harus dihitung dalam HPP.",
                "answer": True,
                "explanation": "Waktu Anda berharga. Jika upah tidak dihitung, harga jual terlalu rendah dan Anda bekerja tanpa dibayar.",
            },
            {
                "type": "single",
                "lesson": "apa-itu-hpp",
                "text": "Apa arti omzet?",
                "options": opts(
                    ("Semua uang hasil penjualan, sebelum dikurangi biaya", True),
                    ("Keuntungan setelah semua biaya dibayar", False),
                    ("Uang yang tersisa di buku kas", False),
                    ("Biaya untuk membuat satu produk", False),
                ),
                "explanation": "Omzet dan laba sering tertukar. Omzet menghitung semua uang dari pembeli; laba baru terlihat setelah biaya dikurangkan.",
            },
            {
                "type": "single",
                "lesson": "apa-itu-hpp",
                "text": "Apa arti laba?",
                "options": opts(
                    ("Omzet dikurangi semua biaya", True),
                    ("Semua uang yang masuk dari penjualan", False),
                    ("Harga jual dikurangi biaya bahan saja", False),
                    ("Saldo akhir di buku kas", False),
                ),
                "explanation": "Uang yang masuk belum tentu untung. Yang benar-benar menjadi milik usaha adalah sisa setelah semua biaya dibayar.",
            },
            {
                "type": "numeric",
                "lesson": "contoh-menghitung-hpp",
                "text": (
                    "Untuk satu kali produksi, biaya bahan Rp {a}, biaya tenaga kerja Rp {b}, "
                    "dan biaya lain Rp {c}. Hasilnya {n} bungkus. "
                    "Berapa HPP per bungkus (dalam Rupiah)? Bulatkan ke rupiah terdekat."
                ),
                "variables": {
                    "a": {"min": 60000, "max": 120000, "step": 10000},
                    "b": {"min": 20000, "max": 60000, "step": 10000},
                    "c": {"min": 10000, "max": 30000, "step": 5000},
                    "n": {"min": 20, "max": 40, "step": 20},
                },
                "formula": "(a + b + c) / n",
                "tolerance": 1,
                "explanation": "Jumlahkan dulu semua biaya satu kali produksi, lalu bagi dengan jumlah bungkus yang dihasilkan.",
            },
            {
                "type": "numeric",
                "lesson": "contoh-menghitung-hpp",
                "text": (
                    "Anda membeli {k} kg singkong dengan harga Rp {h} per kg. "
                    "Berapa biaya singkong (dalam Rupiah)?"
                ),
                "variables": {
                    "k": {"min": 3, "max": 10, "step": 1},
                    "h": {"min": 4000, "max": 7000, "step": 500},
                },
                "formula": "k * h",
                "tolerance": 1,
                "explanation": "Biaya satu bahan adalah jumlah yang dibeli dikali harga per satuannya, seperti di contoh keripik Bu Sari.",
            },
            {
                "type": "truefalse",
                "lesson": "contoh-menghitung-hpp",
                "text": "HPP perlu dihitung ulang ketika harga bahan naik.",
                "answer": True,
                "explanation": "HPP dihitung dari harga bahan. Jika harga bahan berubah tetapi harga jual tetap, laba Anda diam-diam mengecil.",
            },
            {
                "type": "numeric",
                "lesson": "harga-jual-dan-margin",
                "text": (
                    "HPP satu toples kue kering Rp {h}. Anda memakai markup {m}% dari HPP. "
                    "Berapa harga jualnya (dalam Rupiah)?"
                ),
                "variables": {
                    "h": {"min": 2000, "max": 30000, "step": 500},
                    "m": {"min": 20, "max": 60, "step": 10},
                },
                "formula": "h * (100 + m) / 100",
                "tolerance": 1,
                "explanation": "Markup dihitung dari HPP: cari dulu berapa rupiah tambahan itu, lalu tambahkan ke HPP.",
            },
            {
                "type": "numeric",
                "lesson": "harga-jual-dan-margin",
                "text": (
                    "Harga jual satu bungkus keripik Rp {p}, sedangkan HPP-nya Rp {h}. "
                    "Berapa laba untuk satu bungkus (dalam Rupiah)?"
                ),
                "variables": {
                    "p": {"min": 6000, "max": 9000, "step": 500},
                    "h": {"min": 3000, "max": 5500, "step": 500},
                },
                "formula": "p - h",
                "tolerance": 1,
                "explanation": "Laba per barang adalah selisih harga jual dan HPP.",
            },
            {
                "type": "single",
                "lesson": "harga-jual-dan-margin",
                "text": "HPP keripik Rp 4.000 per bungkus, tetapi Anda menjualnya Rp 3.500. Apa yang terjadi?",
                "options": opts(
                    ("Anda rugi Rp 500 setiap bungkus terjual.", True),
                    ("Anda untung Rp 500 setiap bungkus.", False),
                    ("Tidak rugi, asal terjual banyak.", False),
                    ("Hanya rugi jika upah Anda dihitung.", False),
                ),
                "explanation": "Bandingkan harga jual dengan HPP. Jika harga jual lebih kecil, selisihnya adalah uang Anda yang hilang pada setiap penjualan.",
            },
            {
                "type": "multiple",
                "lesson": "harga-jual-dan-margin",
                "text": "Apa yang perlu dicek sebelum menetapkan harga jual? Pilih semua yang benar.",
                "options": opts(
                    ("Harga jual lebih tinggi dari HPP", True),
                    ("Upah Anda sendiri sudah dihitung", True),
                    ("Harga penjual lain untuk produk serupa", True),
                    ("Harga harus selalu paling murah di pasar", False),
                ),
                "explanation": "Harga yang baik menutup semua biaya, termasuk kerja Anda, dan masih masuk akal dibanding produk serupa. Harga terlalu murah membuat lelah tanpa untung.",
            },
            {
                "type": "numeric",
                "lesson": "harga-per-saluran",
                "text": (
                    "Anda ingin menerima Rp {r} untuk satu barang. Toko titipan mengambil {f}% dari harga jual. "
                    "Berapa harga jual di toko itu (dalam Rupiah)? Bulatkan ke atas ke ratusan rupiah."
                ),
                "variables": {
                    "r": {"min": 6000, "max": 15000, "step": 1000},
                    "f": {"min": 20, "max": 30, "step": 5},
                },
                "formula": "ceil(r / (100 - f)) * 100",
                "tolerance": 0,
                "explanation": "Potongan toko dihitung dari harga jual, jadi uang yang Anda terima adalah bagian sisanya. Bagi uang yang ingin diterima dengan bagian sisa itu; menambahkan persen ke uang yang ingin diterima hasilnya terlalu kecil.",
            },
            {
                "type": "single",
                "lesson": "harga-per-saluran",
                "text": "HPP Rp 4.000, harga jual Rp 5.200. Reseller meminta potongan 25% dari harga jual. Apa yang terjadi?",
                "options": opts(
                    ("Anda rugi Rp 100 setiap bungkus yang dijual reseller.", True),
                    (
                        "Anda masih untung Rp 200, karena markup 30% lebih besar dari 25%.",
                        False,
                    ),
                    (
                        "Anda untung Rp 1.200 seperti biasa, karena potongan dibayar reseller.",
                        False,
                    ),
                    ("Tidak untung dan tidak rugi.", False),
                ),
                "explanation": "Persen potongan dihitung dari harga jual, sedangkan markup dihitung dari HPP. Hitung dulu rupiah yang Anda terima, lalu bandingkan dengan HPP.",
            },
            {
                "type": "single",
                "lesson": "harga-per-saluran",
                "text": "Anda menjual lewat WhatsApp, reseller, dan toko titipan. Harga eceran mana yang sebaiknya dipakai?",
                "options": opts(
                    (
                        "Satu harga yang sama, dihitung dari saluran dengan potongan terbesar",
                        True,
                    ),
                    (
                        "Harga paling murah di WhatsApp agar pembeli langsung membeli dari Anda",
                        False,
                    ),
                    (
                        "Harga berbeda di setiap tempat, sesuai keinginan penjual di sana",
                        False,
                    ),
                    ("Harga dari HPP ditambah 30% untuk semua saluran", False),
                ),
                "explanation": "Jika harga di satu tempat lebih murah, pembeli pindah ke sana dan saluran lain berhenti laku. Harga yang sama dan masih untung di saluran termahal menjaga semua saluran.",
            },
            {
                "type": "single",
                "lesson": "harga-jual-dan-margin",
                "text": "HPP Rp 4.000 dan harga jual Rp 6.000. Mana yang benar?",
                "options": opts(
                    ("Markup 50% dari HPP, margin sekitar 33% dari harga jual", True),
                    ("Markup dan margin sama-sama 50%", False),
                    ("Margin 50% dari HPP, markup 33% dari harga jual", False),
                    ("Markup 33% dan margin 50%", False),
                ),
                "explanation": "Keduanya memakai laba yang sama, tetapi dibagi dengan angka yang berbeda: markup dengan HPP, margin dengan harga jual. Karena harga jual lebih besar dari HPP, persen margin selalu lebih kecil.",
            },
            {
                "type": "single",
                "lesson": "titik-impas-bep",
                "text": "Mana yang termasuk biaya tetap?",
                "options": opts(
                    ("Pulsa internet setiap bulan", True),
                    ("Tepung untuk setiap toples kue", False),
                    ("Stiker label untuk setiap bungkus", False),
                    ("Plastik kemasan untuk setiap bungkus", False),
                ),
                "explanation": "Tanyakan: apakah biaya ini bertambah jika saya membuat satu produk lagi? Jika tidak, itu biaya tetap. Jika ya, itu biaya variabel.",
            },
            {
                "type": "single",
                "lesson": "titik-impas-bep",
                "text": "Apa yang dimaksud biaya variabel?",
                "options": opts(
                    (
                        "Biaya untuk setiap produk, seperti bahan, wadah toples kosong, dan label",
                        True,
                    ),
                    ("Biaya yang sama setiap bulan, seperti pulsa internet", False),
                    ("Biaya yang berubah-ubah setiap bulan, seperti listrik", False),
                    ("Semua biaya dibagi jumlah produk", False),
                ),
                "explanation": "Biaya variabel ikut naik turun dengan jumlah produk yang dibuat. Makin banyak dibuat, makin besar biayanya.",
            },
            {
                "type": "numeric",
                "lesson": "titik-impas-bep",
                "text": (
                    "Biaya tetap usaha Anda Rp {f} per bulan. Harga jual Rp {p} per toples. "
                    "Biaya variabel Rp {v} per toples. Berapa toples harus terjual agar impas (BEP)? "
                    "Jika hasilnya pecahan, bulatkan ke atas."
                ),
                "variables": {
                    "f": {"min": 200000, "max": 600000, "step": 50000},
                    "p": {"min": 30000, "max": 50000, "step": 5000},
                    "v": {"min": 10000, "max": 25000, "step": 5000},
                },
                "formula": "ceil(f / (p - v))",
                "tolerance": 0,
                "explanation": "Setiap toples menyumbang harga jual dikurangi biaya variabelnya untuk menutup biaya tetap. BEP adalah berapa sumbangan itu dibutuhkan agar biaya tetap tertutup.",
            },
            {
                "type": "truefalse",
                "lesson": "titik-impas-bep",
                "text": "Setelah titik impas (BEP) tercapai, produk berikutnya yang terjual memberi laba.",
                "answer": True,
                "explanation": "Sampai BEP, penjualan menutup biaya tetap bulan itu. Setelah biaya tetap tertutup, sisa dari setiap penjualan menjadi laba.",
            },
            {
                "type": "single",
                "lesson": "menabung-dan-modal",
                "text": "Laba Anda bulan ini Rp 800.000. Anda menyisihkan 10% untuk tabungan. Berapa yang ditabung?",
                "options": opts(
                    ("Rp 80.000", True),
                    ("Rp 8.000", False),
                    ("Rp 720.000", False),
                    ("Rp 10.000", False),
                ),
                "explanation": "Persen berarti per seratus: kalikan laba dengan angka persennya, lalu bagi dengan 100.",
            },
            {
                "type": "truefalse",
                "lesson": "menabung-dan-modal",
                "text": "Sebelum meminjam uang, cek dulu apakah pemberi pinjaman terdaftar di OJK.",
                "answer": True,
                "explanation": "OJK mengawasi lembaga keuangan resmi. Pemberi pinjaman yang tidak terdaftar bisa memberi bunga sangat tinggi dan menagih dengan kasar.",
            },
            {
                "type": "single",
                "lesson": "menabung-dan-modal",
                "text": "Di mana sebaiknya tabungan usaha disimpan?",
                "options": opts(
                    ("Di bank atau koperasi resmi", True),
                    ("Di kaleng di rumah, dicampur uang belanja", False),
                    ("Di arisan, karena bisa diambil kapan saja", False),
                    (
                        "Di aplikasi investasi yang menjanjikan untung 10% sebulan",
                        False,
                    ),
                ),
                "explanation": "Tabungan harus aman dan tercatat, dan tidak mudah terpakai untuk keperluan lain. Lembaga resmi diawasi pemerintah.",
            },
        ],
    },
    "kemasan-dan-merek": {
        "title": "Kuis Kemasan dan Merek",
        "pass_mark": 70,
        "questions_per_attempt": 6,
        "questions": [
            {
                "type": "single",
                "lesson": "mengapa-kemasan-penting",
                "text": "Mengapa kemasan penting bagi pembeli kelas menengah?",
                "options": opts(
                    (
                        "Kemasan yang bersih dan rapi membuat produk terlihat aman dan berkualitas.",
                        True,
                    ),
                    ("Kemasan mahal selalu membuat produk laku.", False),
                    ("Kemasan membuat rasa produk lebih enak.", False),
                ),
                "explanation": "Pembeli belum bisa mencicipi produk saat memilih. Yang pertama mereka nilai adalah kemasan, dan dari situ mereka memutuskan percaya atau tidak.",
            },
            {
                "type": "numeric",
                "lesson": "mengapa-kemasan-penting",
                "text": (
                    "Keripik dalam plastik biasa laku Rp {a}. Dengan kemasan berdiri dan label, "
                    "keripik yang sama laku Rp {b}. Biaya kemasannya bertambah Rp {c}. "
                    "Berapa tambahan untung per bungkus (dalam Rupiah)?"
                ),
                "variables": {
                    "a": {"min": 4000, "max": 6000, "step": 500},
                    "b": {"min": 8000, "max": 10000, "step": 500},
                    "c": {"min": 500, "max": 1500, "step": 500},
                },
                "formula": "b - a - c",
                "tolerance": 1,
                "explanation": "Kenaikan harga jual belum semuanya untung: kurangi dulu tambahan biaya kemasan yang Anda keluarkan.",
            },
            {
                "type": "multiple",
                "lesson": "memilih-kemasan",
                "text": "Mana ciri kemasan yang baik? Pilih semua yang benar.",
                "options": opts(
                    ("Tertutup rapat dan tidak bocor", True),
                    ("Bersih dan tidak berbau", True),
                    ("Kuat untuk dikirim jauh", True),
                    ("Memakai botol bekas produk lain", False),
                ),
                "explanation": "Kemasan melindungi produk sampai ke tangan pembeli dan membuat mereka percaya. Wadah bekas bisa kotor dan membuat pembeli ragu.",
            },
            {
                "type": "single",
                "lesson": "memilih-kemasan",
                "text": "Kemasan apa yang cocok untuk sambal?",
                "options": opts(
                    ("Botol kaca bersih dengan tutup rapat", True),
                    ("Kantong plastik berdiri dengan klip", False),
                    ("Plastik tipis diikat karet", False),
                    ("Botol bekas sirup yang sudah dicuci", False),
                ),
                "explanation": "Sambal basah dan berminyak. Wadahnya harus tidak tembus, tidak bocor, dan mudah dibersihkan.",
            },
            {
                "type": "single",
                "lesson": "memilih-kemasan",
                "text": "Kemasan apa yang cocok untuk kue kering?",
                "options": opts(
                    ("Toples plastik bening dengan tutup rapat", True),
                    ("Kotak kertas tanpa lapisan plastik", False),
                    ("Kantong plastik tipis diikat karet", False),
                    ("Toples bekas selai yang sudah dicuci", False),
                ),
                "explanation": "Kue kering mudah hancur dan cepat melempem. Wadahnya harus kuat, tertutup rapat, dan memperlihatkan isinya.",
            },
            {
                "type": "truefalse",
                "lesson": "memilih-kemasan",
                "text": "Kertas koran aman untuk membungkus makanan.",
                "answer": False,
                "explanation": "Tinta cetak bisa menempel ke makanan. Bungkus makanan dengan bahan yang dibuat untuk makanan.",
            },
            {
                "type": "numeric",
                "lesson": "memilih-kemasan",
                "text": (
                    "Satu wadah toples kosong harganya Rp {a}. Satu lembar stiker berisi {k} label "
                    "dan harganya Rp {h}. Berapa biaya kemasan untuk satu toples berlabel (dalam Rupiah)?"
                ),
                "variables": {
                    "a": {"min": 3000, "max": 6000, "step": 500},
                    "h": {"min": 3000, "max": 9000, "step": 3000},
                    "k": {"min": 10, "max": 30, "step": 10},
                },
                "formula": "a + h / k",
                "tolerance": 1,
                "explanation": "Harga satu label adalah harga satu lembar dibagi jumlah label di lembar itu. Biaya kemasan satu produk adalah wadah ditambah labelnya.",
            },
            {
                "type": "single",
                "lesson": "nama-merek-dan-logo",
                "text": "Nama merek seperti apa yang paling baik?",
                "options": opts(
                    ("Pendek, mudah diucapkan, dan sesuai produknya.", True),
                    ("Memakai bahasa Inggris agar terlihat mahal.", False),
                    ("Mirip merek terkenal agar cepat dikenal.", False),
                    ('Berisi kata seperti "sehat" atau "alami".', False),
                ),
                "explanation": "Pembeli yang puas harus bisa mengingat dan mencari merek Anda lagi. Meniru merek lain dilarang, dan data pribadi tidak perlu dipakai.",
            },
            {
                "type": "truefalse",
                "lesson": "nama-merek-dan-logo",
                "text": "Anda wajib memakai nama lengkap sesuai KTP sebagai nama merek.",
                "answer": False,
                "explanation": "Merek adalah nama usaha, bukan identitas pribadi. Demi keamanan, nama panggilan atau nama karangan juga boleh.",
            },
            {
                "type": "single",
                "lesson": "nama-merek-dan-logo",
                "text": "Sebelum memilih nama merek, apa yang perlu dicek?",
                "options": opts(
                    (
                        "Nama itu belum didaftarkan orang lain di pangkalan data merek PDKI",
                        True,
                    ),
                    ("Nama itu belum dipakai sebagai akun Instagram saja", False),
                    ("Nama itu sudah punya nama domain internet", False),
                    ("Nama itu disukai keluarga", False),
                ),
                "explanation": "Akun media sosial yang kosong tidak berarti nama itu bebas. Hak atas merek tercatat di pangkalan data resmi; jika orang lain sudah mendaftarkannya untuk produk sejenis, Anda bisa diminta berhenti memakainya.",
            },
            {
                "type": "single",
                "lesson": "nama-merek-dan-logo",
                "text": "Logo seperti apa yang cocok untuk usaha kecil?",
                "options": opts(
                    (
                        "Sederhana, satu atau dua warna, tetap terbaca saat dicetak kecil",
                        True,
                    ),
                    ("Penuh warna dan detail agar menarik di layar", False),
                    ("Memakai gambar dari internet yang sudah terkenal", False),
                    ("Tulisan tipis dan panjang agar terlihat elegan", False),
                ),
                "explanation": "Logo dicetak di stiker kecil dan dilihat di layar ponsel. Gambar yang sederhana tetap jelas dan murah dicetak.",
            },
            {
                "type": "multiple",
                "lesson": "isi-label-kemasan",
                "text": "Apa saja yang harus ada di label makanan? Pilih semua yang benar.",
                "options": opts(
                    ("Nama produk dan berat bersih", True),
                    (
                        "Nama dan alamat pembuat (boleh kota, kode pos, dan Indonesia)",
                        True,
                    ),
                    ("Kode produksi atau tanggal produksi", True),
                    ("Tanggal kedaluwarsa", True),
                    ("Harga jual", False),
                    ("Nomor KTP pemilik", False),
                ),
                "explanation": "Label memberi tahu pembeli apa isinya, berapa banyak, siapa pembuatnya, kapan dibuat, dan sampai kapan aman. Harga bisa berbeda di tiap tempat jual, dan data pribadi tidak pernah perlu ditulis.",
            },
            {
                "type": "single",
                "lesson": "isi-label-kemasan",
                "text": 'Apa arti "berat bersih" di label?',
                "options": opts(
                    ("Berat isi produk saja, tanpa kemasan.", True),
                    ("Berat produk beserta kemasannya.", False),
                    ("Berat bahan mentah sebelum dimasak.", False),
                ),
                "explanation": "Pembeli membayar isi produk. Karena itu yang ditulis adalah berat yang mereka makan atau pakai, bukan berat wadahnya.",
            },
            {
                "type": "truefalse",
                "lesson": "isi-label-kemasan",
                "text": "Komposisi ditulis mulai dari bahan yang paling banyak.",
                "answer": True,
                "explanation": "Urutan komposisi memberi tahu pembeli bahan apa yang paling banyak di dalam produk.",
            },
            {
                "type": "single",
                "lesson": "isi-label-kemasan",
                "text": "Label wajib memuat alamat pembuat. Bagaimana cara menulisnya dengan aman?",
                "options": opts(
                    ('Nama usaha, kota, kode pos, dan "Indonesia"', True),
                    (
                        "Tidak menulis alamat sama sekali, cukup nomor WhatsApp usaha",
                        False,
                    ),
                    ("Alamat lengkap dengan nama jalan dan nomor rumah", False),
                    ("Alamat toko lain yang menjual produk Anda", False),
                ),
                "explanation": "Aturan label meminta pembuat bisa dikenali, tetapi tidak meminta nomor rumah. Menulis alamat orang lain menyesatkan pembeli.",
            },
            {
                "type": "truefalse",
                "lesson": "izin-pirt-dan-halal",
                "text": "Boleh menulis nomor P-IRT karangan sendiri selama belum punya izin.",
                "answer": False,
                "explanation": "Nomor izin adalah janji kepada pembeli bahwa produk sudah diperiksa. Menulis nomor palsu melanggar hukum dan merusak kepercayaan.",
            },
            {
                "type": "single",
                "lesson": "izin-pirt-dan-halal",
                "text": "Sabun mandi buatan rumah izinnya lewat apa?",
                "options": opts(
                    ("BPOM, karena sabun termasuk kosmetik", True),
                    ("P-IRT, sama seperti keripik", False),
                    ("Cukup NIB, tanpa izin lain", False),
                    ("Sertifikat halal saja", False),
                ),
                "explanation": "P-IRT hanya untuk pangan buatan rumah. Produk yang dipakai di kulit diatur sebagai kosmetik oleh lembaga lain.",
            },
            {
                "type": "single",
                "lesson": "izin-pirt-dan-halal",
                "text": "Produk mana yang izinnya lewat P-IRT?",
                "options": opts(
                    ("Keripik, kue kering, dan sambal botol buatan rumah", True),
                    ("Sabun mandi buatan rumah", False),
                    ("Kue basah yang harus masuk kulkas", False),
                    ("Nugget ayam beku", False),
                ),
                "explanation": "P-IRT adalah izin pangan industri rumah tangga: makanan awet yang dibuat di rumah. Barang yang tidak dimakan tidak memakai P-IRT.",
            },
            {
                "type": "single",
                "lesson": "izin-pirt-dan-halal",
                "text": "Keripik Anda sudah punya P-IRT. Tulisan apa yang boleh ada di kemasannya?",
                "options": opts(
                    ('"Renyah dan gurih"', True),
                    ('"Tanpa pengawet"', False),
                    ('"Baik untuk penderita diabetes"', False),
                    ('"Menambah daya tahan tubuh"', False),
                ),
                "explanation": "Produk P-IRT tidak boleh memakai klaim kesehatan atau klaim bebas bahan tertentu. Kata yang menggambarkan rasa dan tekstur bukan klaim.",
            },
            {
                "type": "single",
                "lesson": "izin-pirt-dan-halal",
                "text": "Anda menjual keripik dan usaha Anda termasuk usaha mikro. Bagaimana dengan sertifikat halal sekarang?",
                "options": opts(
                    (
                        "Sudah wajib; urus lewat jalur pernyataan mandiri dengan pendamping halal",
                        True,
                    ),
                    ("Belum wajib sampai usaha menjadi besar", False),
                    ("Cukup tulis logo halal sendiri jika bahannya halal", False),
                    ("Hanya wajib jika menjual ke luar negeri", False),
                ),
                "explanation": "Batas untuk usaha mikro dan kecil dalam aturan halal terbaru sudah lewat. Logo halal hanya boleh dipakai setelah sertifikat keluar.",
            },
            {
                "type": "truefalse",
                "lesson": "izin-pirt-dan-halal",
                "text": "Bolu pisang yang hanya tahan tiga hari bisa mendapat P-IRT.",
                "answer": False,
                "explanation": "P-IRT untuk makanan rumahan yang kering dan tahan lebih dari seminggu di suhu ruang. Makanan yang cepat basi perlu cara jual lain, misalnya pesanan langsung di kota sendiri.",
            },
            {
                "type": "truefalse",
                "lesson": "isi-label-kemasan",
                "text": "Kode produksi di label membantu Anda menemukan bungkus mana yang bermasalah.",
                "answer": True,
                "explanation": "Setiap adonan punya tanggal dan bahan sendiri. Dengan kode itu, masalah pada satu adonan tidak membuat Anda menarik semua produk.",
            },
            {
                "type": "single",
                "lesson": "cahaya-dan-latar",
                "text": "Cahaya apa yang paling baik untuk memotret produk?",
                "options": opts(
                    ("Cahaya matahari dari jendela, pagi atau sore hari", True),
                    ("Lampu kilat ponsel agar terang merata", False),
                    ("Matahari siang yang langsung mengenai produk", False),
                    ("Lampu kamar kuning di malam hari", False),
                ),
                "explanation": "Cahaya yang lembut dan datang dari samping membuat warna asli terlihat tanpa bayangan keras atau kilap.",
            },
            {
                "type": "truefalse",
                "lesson": "cahaya-dan-latar",
                "text": "Lampu kilat (flash) membuat foto produk selalu lebih bagus.",
                "answer": False,
                "explanation": "Cahaya yang keras dari depan membuat kemasan mengkilap dan warna pucat. Cahaya alami yang lembut lebih jujur menunjukkan produk.",
            },
            {
                "type": "single",
                "lesson": "cahaya-dan-latar",
                "text": "Latar apa yang baik untuk foto produk?",
                "options": opts(
                    ("Kertas putih, kain polos, atau papan kayu", True),
                    ("Kain batik yang ramai agar meriah", False),
                    ("Meja dapur dengan bahan-bahan di sekitarnya", False),
                    ("Karpet berwarna gelap", False),
                ),
                "explanation": "Latar yang tenang membuat mata pembeli langsung tertuju ke produk, bukan ke benda lain di sekitarnya.",
            },
            {
                "type": "multiple",
                "lesson": "praktik-foto-kemasan",
                "text": "Foto apa saja yang sebaiknya Anda siapkan untuk satu produk? Pilih semua yang benar.",
                "options": opts(
                    ("Tampak depan", True),
                    ("Isi produk", True),
                    ("Label dari dekat", True),
                    ("Foto produk pesaing sebagai perbandingan", False),
                    ("Satu foto saja yang diedit dengan banyak filter", False),
                ),
                "explanation": "Pembeli ingin melihat produk dari beberapa sisi karena tidak bisa memegangnya. Foto juga tidak boleh memperlihatkan orang atau data pribadi.",
            },
            {
                "type": "truefalse",
                "lesson": "praktik-foto-kemasan",
                "text": "Berdaya menghapus data lokasi foto, jadi isi foto tidak perlu diperiksa lagi.",
                "answer": False,
                "explanation": "Data lokasi yang tersembunyi memang dihapus, tetapi yang terlihat di foto (wajah, nomor rumah, surat) tetap bisa dilihat semua orang.",
            },
        ],
    },
    "pemasaran-online": {
        "title": "Kuis Pemasaran Online",
        "pass_mark": 70,
        "questions_per_attempt": 6,
        "questions": [
            {
                "type": "single",
                "lesson": "foto-yang-menjual",
                "text": "Foto tambahan apa yang membantu pembeli membayangkan ukuran produk?",
                "options": opts(
                    ("Foto produk sedang dipakai, misalnya tas dipakai belanja", True),
                    ("Foto dari atas produk di meja kosong", False),
                    ("Foto dengan banyak filter warna", False),
                    ("Foto produk yang diperbesar sampai memenuhi layar", False),
                ),
                "explanation": "Pembeli online tidak bisa memegang barang. Melihat produk dipakai atau disajikan menunjukkan ukuran dan gunanya.",
            },
            {
                "type": "multiple",
                "lesson": "foto-yang-menjual",
                "text": "Mana ciri foto produk yang baik? Pilih semua yang benar.",
                "options": opts(
                    ("Terang dan tajam", True),
                    ("Warnanya sama dengan aslinya", True),
                    ("Produk mengisi sebagian besar foto", True),
                    ("Diberi filter agar warnanya lebih cerah dari aslinya", False),
                    ("Banyak hiasan di sekitar produk", False),
                ),
                "explanation": "Foto adalah hal pertama yang dilihat pembeli. Foto harus jujur dan jelas, dan tidak membuka data pribadi Anda.",
            },
            {
                "type": "multiple",
                "lesson": "menulis-deskripsi",
                "text": "Apa saja yang sebaiknya ada di deskripsi produk? Pilih semua yang benar.",
                "options": opts(
                    ("Bahan atau komposisi", True),
                    ("Berat atau ukuran", True),
                    ("Daya tahan dan cara menyimpan", True),
                    ('Kata "tanpa pengawet" agar terlihat sehat', False),
                    ("Manfaat kesehatan, misalnya menurunkan kolesterol", False),
                ),
                "explanation": "Deskripsi yang baik menjawab pertanyaan pembeli sebelum mereka bertanya. Janji berlebihan membuat pembeli kecewa dan memberi ulasan buruk.",
            },
            {
                "type": "single",
                "lesson": "katalog-whatsapp-business",
                "text": "Di WhatsApp Business, di mana Anda membuat katalog produk?",
                "options": opts(
                    ("Di menu Alat Bisnis, lalu Katalog", True),
                    ("Di menu Status, lalu unggah foto produk", False),
                    ("Di Pengaturan, lalu Akun", False),
                ),
                "explanation": "Fitur khusus usaha di WhatsApp Business dikumpulkan dalam satu menu. Katalog salah satunya, bersama profil usaha dan balasan otomatis.",
            },
            {
                "type": "truefalse",
                "lesson": "katalog-whatsapp-business",
                "text": "Sebaiknya pakai nomor khusus untuk WhatsApp Business, terpisah dari nomor pribadi.",
                "answer": True,
                "explanation": "Nomor usaha dibagikan ke banyak orang yang tidak Anda kenal. Memisahkannya menjaga pesan pribadi dan keluarga Anda tetap aman.",
            },
            {
                "type": "numeric",
                "lesson": "berjualan-di-marketplace",
                "text": (
                    "Anda menjual produk di Shopee seharga Rp {p}. Biaya admin {f}% dari harga. "
                    "Berapa uang yang Anda terima (dalam Rupiah)?"
                ),
                "variables": {
                    "p": {"min": 20000, "max": 60000, "step": 1000},
                    "f": {"min": 5, "max": 10, "step": 1},
                },
                "formula": "p - p * f / 100",
                "tolerance": 1,
                "explanation": "Hitung dulu besar biaya admin dalam rupiah dari persennya, lalu kurangkan dari harga jual.",
            },
            {
                "type": "numeric",
                "lesson": "berjualan-di-marketplace",
                "text": (
                    "Pembeli memesan {n} toples kue kering. Harga satu toples Rp {p}. "
                    "Ongkos kirim Rp {o}. Berapa total yang harus dibayar pembeli (dalam Rupiah)?"
                ),
                "variables": {
                    "n": {"min": 1, "max": 5, "step": 1},
                    "p": {"min": 30000, "max": 60000, "step": 5000},
                    "o": {"min": 9000, "max": 25000, "step": 1000},
                },
                "formula": "n * p + o",
                "tolerance": 1,
                "explanation": "Harga barang dikali jumlahnya, lalu ongkos kirim ditambahkan sekali untuk satu paket.",
            },
            {
                "type": "numeric",
                "lesson": "berjualan-di-marketplace",
                "text": (
                    "Anda menjual sabun di aplikasi belanja seharga Rp {p}. Biaya admin Rp {a} "
                    "untuk setiap sabun terjual. Minggu ini terjual {n} sabun. "
                    "Berapa uang yang Anda terima (dalam Rupiah)?"
                ),
                "variables": {
                    "p": {"min": 20000, "max": 50000, "step": 5000},
                    "a": {"min": 1000, "max": 4000, "step": 500},
                    "n": {"min": 2, "max": 6, "step": 1},
                },
                "formula": "(p - a) * n",
                "tolerance": 1,
                "explanation": "Untuk setiap barang, yang Anda terima adalah harga dikurangi biaya admin. Kalikan dengan jumlah barang yang terjual.",
            },
            {
                "type": "truefalse",
                "lesson": "berjualan-di-marketplace",
                "text": "Membuka toko di Shopee atau Tokopedia gratis, tetapi ada biaya admin untuk setiap barang yang terjual.",
                "answer": True,
                "explanation": "Aplikasi belanja mendapat uang dari setiap penjualan. Karena itu biaya admin harus masuk ke dalam hitungan harga jual.",
            },
            {
                "type": "single",
                "lesson": "berjualan-di-marketplace",
                "text": "Produk mana yang cocok dikirim jauh?",
                "options": opts(
                    ("Keripik, kue kering, dan sabun", True),
                    ("Bolu dan kue basah", False),
                    ("Sambal segar tanpa dimasak ulang", False),
                    ("Bakso beku tanpa pendingin", False),
                ),
                "explanation": "Pengiriman jauh memakan beberapa hari. Hanya produk yang awet dan tidak mudah basi yang tetap baik saat sampai.",
            },
            {
                "type": "multiple",
                "lesson": "dasar-instagram",
                "text": "Mana ciri akun Instagram usaha yang rapi? Pilih semua yang benar.",
                "options": opts(
                    ("Nama akun sama dengan nama merek", True),
                    ("Logo sebagai foto profil", True),
                    ("Bio singkat berisi produk, kota, dan cara memesan", True),
                    ("Memakai akun pribadi agar teman langsung melihat", False),
                ),
                "explanation": "Akun usaha harus mudah dikenali dan memudahkan orang memesan. Akun yang terpisah menjaga kehidupan pribadi tetap pribadi.",
            },
            {
                "type": "single",
                "lesson": "dasar-instagram",
                "text": "Apa yang baik diunggah di Instagram usaha selain foto produk?",
                "options": opts(
                    ("Cerita proses membuat produk", True),
                    ("Promo potongan harga setiap hari", False),
                    ("Tangkapan layar obrolan pembeli tanpa izin", False),
                    ("Foto produk yang sama berulang-ulang", False),
                ),
                "explanation": "Orang membeli dari penjual yang mereka kenal. Cerita tentang cara Anda bekerja membangun kepercayaan tanpa membuka data pribadi.",
            },
            {
                "type": "single",
                "lesson": "membalas-pembeli-dengan-sopan",
                "text": "Kapan sebaiknya Anda membalas pesan pembeli?",
                "options": opts(
                    ("Secepatnya, paling lambat di hari yang sama", True),
                    ("Sekali sehari di malam hari, untuk semua pesan sekaligus", False),
                    ("Hanya jika pembeli sudah pasti membeli", False),
                    ("Setelah stok baru selesai dibuat", False),
                ),
                "explanation": "Pembeli yang menunggu terlalu lama akan membeli di tempat lain. Balasan cepat menunjukkan usaha Anda bisa diandalkan.",
            },
            {
                "type": "single",
                "lesson": "membalas-pembeli-dengan-sopan",
                "text": "Pembeli mengeluh kemasan sambal bocor saat sampai. Apa balasan yang paling baik?",
                "options": opts(
                    (
                        "Berterima kasih, minta foto, minta maaf, lalu tawarkan ganti barang.",
                        True,
                    ),
                    (
                        "Menjelaskan bahwa kerusakan di perjalanan adalah tanggung jawab kurir.",
                        False,
                    ),
                    ("Langsung mengirim barang baru tanpa bertanya apa pun.", False),
                    (
                        "Meminta pembeli mengembalikan barang dulu dengan ongkos sendiri.",
                        False,
                    ),
                ),
                "explanation": "Keluhan adalah kesempatan. Pembeli yang didengar dan dibantu dengan sopan sering menjadi pelanggan setia.",
            },
            {
                "type": "truefalse",
                "lesson": "membalas-pembeli-dengan-sopan",
                "text": "Jika pembeli mengeluh, sebaiknya Anda membela diri dulu sebelum mendengarkan.",
                "answer": False,
                "explanation": "Pembeli yang kecewa ingin didengar lebih dulu. Dengan mendengarkan, Anda juga tahu apa yang perlu diperbaiki.",
            },
            {
                "type": "truefalse",
                "lesson": "aman-berjualan-online",
                "text": "Sebaiknya menulis alamat rumah lengkap di profil toko agar pembeli percaya.",
                "answer": False,
                "explanation": "Profil toko dilihat siapa saja, termasuk orang yang berniat jahat. Kepercayaan dibangun dari produk dan pelayanan; nama kota sudah cukup.",
            },
            {
                "type": "single",
                "lesson": "aman-berjualan-online",
                "text": "Seseorang mengaku dari aplikasi belanja dan meminta kode OTP Anda. Apa yang harus Anda lakukan?",
                "options": opts(
                    ("Jangan berikan kode OTP kepada siapa pun.", True),
                    ("Berikan jika ia bisa menyebut nama toko Anda.", False),
                    ("Berikan jika ia menelepon dari nomor resmi.", False),
                    ("Minta ia mengirim kode baru, lalu berikan yang baru.", False),
                ),
                "explanation": "Kode OTP adalah kunci akun Anda. Siapa pun yang memegangnya bisa masuk ke akun, dan petugas resmi tidak pernah memintanya.",
            },
            {
                "type": "truefalse",
                "lesson": "aman-berjualan-online",
                "text": "Untuk pesanan lewat WhatsApp, kirim barang hanya setelah uang benar-benar masuk ke rekening Anda.",
                "answer": True,
                "explanation": "Pada pesanan langsung tidak ada pihak yang menahan uang pembeli. Bukti yang bisa dipercaya hanya saldo yang Anda lihat sendiri, karena gambar bisa dipalsukan.",
            },
            {
                "type": "truefalse",
                "lesson": "aman-berjualan-online",
                "text": "Foto bukti transfer dari pembeli sudah cukup sebagai tanda uang masuk.",
                "answer": False,
                "explanation": "Penipu sering mengirim gambar bukti transfer palsu. Uang baru pasti masuk jika terlihat di rekening atau aplikasi Anda sendiri.",
            },
            {
                "type": "single",
                "lesson": "aman-berjualan-online",
                "text": "Pesanan masuk lewat Shopee dan pembeli sudah membayar di aplikasi. Kapan barang dikirim?",
                "options": opts(
                    (
                        "Segera sesuai batas waktu di aplikasi; aplikasi memegang uangnya sampai barang diterima",
                        True,
                    ),
                    ("Tunggu uangnya masuk ke rekening Anda dulu", False),
                    (
                        "Minta pembeli transfer langsung ke rekening Anda agar lebih cepat",
                        False,
                    ),
                    ("Tunggu pembeli mengirim foto bukti bayar di WhatsApp", False),
                ),
                "explanation": "Di aplikasi belanja, uang pembeli ditahan aplikasi dan baru diteruskan ke penjual setelah barang sampai. Menunggu uang masuk dulu membuat pesanan batal. Meminta transfer di luar aplikasi menghilangkan perlindungan bagi Anda dan pembeli.",
            },
            {
                "type": "truefalse",
                "lesson": "berjualan-di-marketplace",
                "text": "Alamat pengambilan di aplikasi belanja tidak pernah terlihat oleh pembeli.",
                "answer": False,
                "explanation": "Alamat itu memang tidak tampil di halaman toko, tetapi label paket bisa mencetak data pengirim. Mengirim dari balai atau titik antar kurir menjaga alamat rumah.",
            },
            {
                "type": "single",
                "lesson": "aman-berjualan-online",
                "text": "Pembeli ingin bertemu langsung untuk mengambil barang. Di mana sebaiknya bertemu?",
                "options": opts(
                    ("Di tempat ramai, misalnya minimarket atau kantor pos.", True),
                    ("Di rumah Anda, agar pembeli percaya.", False),
                    ("Di mana saja yang paling dekat dengan pembeli.", False),
                    ("Di rumah pembeli, agar ia tidak repot.", False),
                ),
                "explanation": "Di tempat umum yang ramai ada banyak saksi, dan alamat rumah Anda tetap tidak diketahui orang asing.",
            },
            {
                "type": "single",
                "lesson": "aman-berjualan-online",
                "text": 'Anda menerima file bernama "foto-pesanan.apk" dari orang yang tidak dikenal. Apa yang harus dilakukan?',
                "options": opts(
                    ("Jangan dibuka, hapus saja", True),
                    ("Buka saja jika pengirimnya ramah", False),
                    ("Pasang jika ponsel meminta izin", False),
                    ("Minta pengirim mengirim ulang lewat grup", False),
                ),
                "explanation": "File berakhiran .apk adalah aplikasi, bukan foto. Aplikasi dari orang asing bisa mencuri data dan kode di ponsel Anda.",
            },
        ],
    },
    JUALAN_AMAN["slug"]: JUALAN_AMAN_QUIZ,
}


# ---------------------------------------------------------------------------
# Tugas
# ---------------------------------------------------------------------------

# Every course that counts for the showcase has one practical task, required
# for the certificate and reviewed by a person (CoursePage.clean checks it).
ASSIGNMENTS: dict[str, dict] = {
    "perencanaan-usaha": {
        "title": "Rencana usaha satu halaman Anda",
        "instructions": (
            "Isi lembar kerja rencana usaha satu halaman untuk usaha Anda sendiri. "
            "Tulis dengan pensil atau pulpen sampai semua baris terisi. "
            "Foto lembar itu dari atas, di tempat yang terang, sampai semua tulisan terbaca. "
            "Jangan menulis alamat rumah, nomor KTP, atau nomor telepon pribadi di lembar itu."
        ),
        "requires_photo": True,
        "requires_text": True,
        "text_prompt": (
            "Tulis tiga langkah pertama Anda bulan ini. "
            "Contoh: beli 5 kg singkong, buat 40 bungkus, tawarkan ke 10 tetangga."
        ),
        "rubric": [
            "Foto terang dan semua tulisan terbaca.",
            "Produk dan pelanggan utama ditulis dengan jelas.",
            "HPP dan harga jual ditulis dalam rupiah, dan harga jual lebih tinggi dari HPP.",
            "Target penjualan per minggu berupa angka.",
            "Tiga langkah pertama jelas dan bisa dikerjakan bulan ini.",
            "Tidak ada alamat rumah, nomor KTP, atau nomor telepon pribadi.",
        ],
    },
    "mengelola-keuangan-usaha": {
        "title": "Lembar HPP produk Anda",
        "instructions": (
            "Hitung HPP satu produk Anda sendiri di kertas, seperti contoh keripik singkong. "
            "Tulis semua biaya untuk satu kali produksi: bahan (termasuk kemasan dan label), upah kerja, "
            "dan biaya lain seperti gas dan listrik. Hitung kemasan satu kali saja. Tulis juga berapa barang yang jadi. "
            "Bagi total biaya dengan jumlah barang. Lalu tentukan harga jual. "
            "Foto lembar hitungan Anda di tempat yang terang."
        ),
        "requires_photo": True,
        "requires_text": True,
        "text_prompt": (
            "Tulis hasilnya: total biaya satu kali produksi, jumlah barang, HPP per barang, "
            "harga jual Anda, dan saluran jualnya. Contoh: Rp 225.000, 50 bungkus, HPP Rp 4.500, "
            "jual Rp 6.500 lewat WhatsApp."
        ),
        "rubric": [
            "Biaya bahan, upah kerja, dan biaya lain ditulis satu per satu dalam rupiah.",
            "Total biaya satu kali produksi benar.",
            "HPP per barang benar: total biaya dibagi jumlah barang.",
            "Harga jual lebih tinggi dari HPP dan untungnya masuk akal.",
            "Jika dijual lewat reseller, toko titipan, atau aplikasi, harga masih untung setelah potongannya.",
            "Foto terang dan angka terbaca jelas.",
        ],
    },
    "pemasaran-online": {
        "title": "Foto dan deskripsi produk untuk dijual online",
        "instructions": (
            "Foto satu produk Anda untuk katalog online. Pakai cahaya dari jendela "
            "dan latar polos. Produk harus terlihat jelas dan memenuhi foto. "
            "Lalu tulis deskripsi produk itu seperti di katalog WhatsApp Business. "
            "Jangan ada wajah orang, alamat rumah, atau barang pribadi di foto."
        ),
        "requires_photo": True,
        "requires_text": True,
        "text_prompt": (
            "Tulis deskripsi produk: nama produk, ukuran atau berat, harga, bahan, "
            "keunggulan, dan cara memesan. Jangan menulis alamat rumah."
        ),
        "rubric": [
            "Foto terang, tajam, latar polos, dan produk memenuhi foto.",
            "Deskripsi memuat nama produk, ukuran atau berat, dan harga.",
            "Deskripsi menyebut bahan dan keunggulan dengan jujur, tanpa janji berlebihan.",
            "Cara memesan jelas, tanpa alamat rumah.",
            "Tidak ada wajah orang atau data pribadi di foto.",
        ],
    },
    "kemasan-dan-merek": {
        "title": "Foto kemasan dengan label",
        "instructions": (
            "Kemas satu produk Anda dan tempelkan labelnya. "
            "Foto kemasan di dekat jendela dengan latar polos. "
            "Pastikan tulisan di label terbaca jelas. "
            "Jangan ada wajah orang, alamat, atau barang pribadi di dalam foto. "
            "Unggah satu foto terbaik dan isi penjelasan singkat."
        ),
        "requires_photo": True,
        "requires_text": True,
        "text_prompt": (
            "Tulis isi label Anda: nama produk, merek, berat bersih, komposisi, "
            "nama dan alamat pembuat (kota, kode pos, Indonesia), kode atau tanggal produksi, "
            "tanggal kedaluwarsa, dan kontak usaha. Jika sudah ada P-IRT atau sertifikat halal, tulis juga nomornya."
        ),
        "rubric": [
            "Foto terang, tajam, dan latarnya polos.",
            "Kemasan bersih, rapi, dan tertutup rapat.",
            "Label memuat nama produk, merek, berat bersih, dan komposisi.",
            "Label memuat nama dan alamat pembuat: cukup kota, kode pos, dan Indonesia, tanpa nomor rumah.",
            "Label memuat kode atau tanggal produksi dan tanggal kedaluwarsa.",
            'Label tidak memuat klaim kesehatan atau "tanpa pengawet", dan nomor izin hanya jika sudah punya.',
            "Tidak ada data pribadi atau wajah orang di dalam foto.",
        ],
    },
}
