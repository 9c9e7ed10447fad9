"""Demo marketplace content for Berdaya (Bahasa Indonesia).

Pure data: CATEGORIES, BRANDS. No Django imports.
All people and brands are fictional. P-IRT and halal numbers are invented
for the demo and only follow the real format.
"""

from __future__ import annotations

CATEGORIES: list[dict] = [
    {"slug": "makanan-minuman", "name": "Makanan & Minuman"},
    {"slug": "kerajinan", "name": "Kerajinan"},
    {"slug": "fashion", "name": "Fashion"},
    {"slug": "kecantikan-sabun", "name": "Kecantikan & Sabun"},
    {"slug": "jasa", "name": "Jasa"},
    {"slug": "lainnya", "name": "Lainnya"},
]

BRANDS: list[dict] = [
    {
        "slug": "dapur-bu-sari",
        "name": "Dapur Bu Sari",
        "tagline": "Camilan rumahan yang renyah dan jujur rasanya",
        "story": (
            "Bu Sari belajar mengolah singkong dan cabai dalam sebuah pelatihan usaha. "
            "Awalnya ia hanya membuat keripik untuk tetangga. "
            "Sekarang keripik dan sambalnya dipesan setiap minggu oleh pembeli dari banyak kota. "
            "Ia bermimpi punya dapur produksi kecil dan mengajak ibu-ibu lain bekerja bersamanya."
        ),
        "city": "Kab. Bandung",
        "owner_display_name": "Bu Sari",
        "products": [
            {
                "slug": "keripik-singkong-balado",
                "name": "Keripik Singkong Balado",
                "description": (
                    "Keripik singkong tipis dan renyah dengan bumbu balado pedas manis.\n"
                    "Dibuat baru setiap minggu, tanpa pengawet.\n"
                    "Komposisi: singkong, minyak sawit, cabai merah, bawang putih, gula, garam.\n"
                    "Simpan di tempat kering. Tutup rapat klip setelah dibuka."
                ),
                "category": "makanan-minuman",
                "price": 12000,
                "unit": "pack",
                "stock": "ready",
                "min_order": 1,
                "net_weight": "100 g",
                "size": "",
                "shelf_life": "2 bulan",
                "pirt": "2063204010245-29",
                "halal": "ID32110000245670824",
                "colour": "#C0392B",
                "label": "Keripik Balado",
                "shape": "pouch",
            },
            {
                "slug": "sambal-bawang",
                "name": "Sambal Bawang",
                "description": (
                    "Sambal bawang pedas gurih, cocok untuk nasi hangat, mi, dan gorengan.\n"
                    "Dimasak sampai matang dengan minyak baru.\n"
                    "Komposisi: cabai rawit, bawang putih, bawang merah, minyak sawit, garam, gula.\n"
                    "Dibuat setelah dipesan agar selalu segar.\n"
                    "Simpan di kulkas setelah dibuka. Pakai sendok yang kering."
                ),
                "category": "makanan-minuman",
                "price": 25000,
                "unit": "botol",
                "stock": "made_to_order",
                "lead_time_days": 2,
                "min_order": 2,
                "net_weight": "150 g",
                "size": "",
                "shelf_life": "1 bulan di kulkas",
                "pirt": "3083204010246-27",
                "halal": "",
                "colour": "#E67E22",
                "label": "Sambal Bawang",
                "shape": "bottle",
            },
        ],
    },
    {
        "slug": "rapi-jahit",
        "name": "Rapi Jahit",
        "tagline": "Tas dan jahitan rapi, dibuat satu per satu",
        "story": (
            "Mbak Wulan sudah lama suka menjahit. "
            "Setelah ikut pelatihan menjahit dan usaha, ia mulai membuat tas dari kain batik dan kain perca. "
            "Setiap tas ia jahit sendiri dengan teliti sampai jahitannya kuat. "
            "Kini ia juga menerima permak pakaian dari pelanggan di sekitarnya."
        ),
        "city": "Kab. Sleman",
        "owner_display_name": "Mbak Wulan",
        "products": [
            {
                "slug": "tas-jinjing-batik",
                "name": "Tas Jinjing Batik",
                "description": (
                    "Tas jinjing dari kain batik cap dengan lapisan kain polos di dalam.\n"
                    "Ada satu kantong dalam dan kancing magnet.\n"
                    "Kuat untuk membawa buku, bekal, atau belanjaan.\n"
                    "Motif bisa sedikit berbeda karena setiap kain batik itu unik."
                ),
                "category": "fashion",
                "price": 85000,
                "unit": "pcs",
                "stock": "made_to_order",
                "lead_time_days": 5,
                "min_order": 1,
                "net_weight": "",
                "size": "35 x 40 cm, tali 60 cm",
                "shelf_life": "",
                "pirt": "",
                "halal": "",
                "colour": "#1F4E79",
                "label": "Tas Jinjing Batik",
                "shape": "bag",
            },
            {
                "slug": "dompet-kain-perca",
                "name": "Dompet Kain Perca",
                "description": (
                    "Dompet kecil dari sisa kain perca yang disusun warna-warni.\n"
                    "Memakai resleting dan lapisan dalam.\n"
                    "Pas untuk uang, kartu, atau alat rias kecil.\n"
                    "Cocok untuk hadiah dan suvenir acara."
                ),
                "category": "kerajinan",
                "price": 25000,
                "unit": "pcs",
                "stock": "ready",
                "min_order": 1,
                "net_weight": "",
                "size": "20 x 12 cm",
                "shelf_life": "",
                "pirt": "",
                "halal": "",
                "colour": "#8E44AD",
                "label": "Dompet Perca",
                "shape": "pouch",
            },
            {
                "slug": "jasa-permak-pakaian",
                "name": "Jasa Permak Pakaian",
                "description": (
                    "Potong celana, kecilkan atau besarkan baju, dan ganti resleting.\n"
                    "Harga mulai Rp 15.000 per potong, tergantung pekerjaan.\n"
                    "Kirim foto pakaian lewat pesan untuk tahu harga pastinya.\n"
                    "Serah terima di titik temu yang disepakati di wilayah Sleman."
                ),
                "category": "jasa",
                "price": 15000,
                "unit": "pcs",
                "stock": "made_to_order",
                "lead_time_days": 3,
                "min_order": 1,
                "net_weight": "",
                "size": "",
                "shelf_life": "",
                "pirt": "",
                "halal": "",
                "colour": "#16A085",
                "label": "Permak Pakaian",
                "shape": "spool",
            },
        ],
    },
    {
        "slug": "wangi-sereh",
        "name": "Wangi Sereh",
        "tagline": "Sabun alami dengan wangi sereh yang menyegarkan",
        "story": (
            "Kak Ani belajar membuat sabun dari minyak kelapa dan sereh. "
            "Ia senang karena sabunnya lembut di kulit dan wanginya disukai banyak orang. "
            "Setiap batang sabun ia diamkan beberapa minggu sampai matang sebelum dijual. "
            "Ia ingin sabun Wangi Sereh menjadi oleh-oleh khas dari kotanya."
        ),
        "city": "Kota Makassar",
        "owner_display_name": "Kak Ani",
        "products": [
            {
                "slug": "sabun-sereh-batang",
                "name": "Sabun Sereh Batang",
                "description": (
                    "Sabun mandi batang buatan tangan dengan minyak atsiri sereh.\n"
                    "Busa lembut dan wangi segar.\n"
                    "Bahan: minyak kelapa, minyak sawit, air, soda api, minyak sereh, daun sereh kering.\n"
                    "Simpan di tempat kering agar sabun awet."
                ),
                "category": "kecantikan-sabun",
                "price": 15000,
                "unit": "pcs",
                "stock": "ready",
                "min_order": 1,
                "net_weight": "80 g",
                "size": "",
                "shelf_life": "12 bulan",
                "pirt": "",
                "halal": "",
                "colour": "#7DAA3C",
                "label": "Sabun Sereh",
                "shape": "soap",
            },
            {
                "slug": "paket-hadiah-sabun",
                "name": "Paket Hadiah Sabun",
                "description": (
                    "Tiga sabun batang dalam kotak kertas dengan pita.\n"
                    "Isi: sabun sereh, sabun sereh dan kopi, sabun sereh dan madu.\n"
                    "Cocok untuk hadiah, suvenir pernikahan, atau bingkisan kantor.\n"
                    "Bisa ditambah kartu ucapan tanpa biaya."
                ),
                "category": "kecantikan-sabun",
                "price": 42000,
                "unit": "pack",
                "stock": "ready",
                "min_order": 1,
                "net_weight": "3 x 80 g",
                "size": "",
                "shelf_life": "12 bulan",
                "pirt": "",
                "halal": "",
                "colour": "#A3C585",
                "label": "Paket Hadiah Sabun",
                "shape": "box",
            },
            {
                "slug": "lilin-aromaterapi-sereh",
                "name": "Lilin Aromaterapi Sereh",
                "description": (
                    "Lilin dalam gelas kaca kecil dengan wangi sereh.\n"
                    "Bahan: lilin kedelai, minyak sereh, sumbu katun.\n"
                    "Menyala sekitar 15 jam.\n"
                    "Jangan tinggalkan lilin menyala tanpa dijaga."
                ),
                "category": "lainnya",
                "price": 30000,
                "unit": "pcs",
                "stock": "made_to_order",
                "lead_time_days": 3,
                "min_order": 1,
                "net_weight": "100 g",
                "size": "",
                "shelf_life": "",
                "pirt": "",
                "halal": "",
                "colour": "#D4AC0D",
                "label": "Lilin Sereh",
                "shape": "candle",
            },
        ],
    },
    {
        "slug": "toples-pak-budi",
        "name": "Toples Pak Budi",
        "tagline": "Kue kering rumahan untuk hari raya dan hari biasa",
        "story": (
            "Pak Budi belajar membuat kue kering dalam pelatihan tata boga. "
            "Ternyata ia sabar dan teliti membentuk nastar satu per satu. "
            "Pesanan pertamanya datang dari tetangga menjelang Lebaran, lalu terus bertambah. "
            "Kini ia membuat kue kering setiap minggu dan menerima pesanan untuk acara."
        ),
        "city": "Kota Surabaya",
        "owner_display_name": "Pak Budi",
        "products": [
            {
                "slug": "nastar-nanas",
                "name": "Nastar Selai Nanas",
                "description": (
                    "Nastar lembut dengan selai nanas buatan sendiri.\n"
                    "Memakai mentega dan telur segar.\n"
                    "Komposisi: tepung terigu, mentega, selai nanas (nanas, gula), kuning telur, susu bubuk.\n"
                    "Dikemas dalam toples bening tertutup rapat.\n"
                    "Dibuat setelah dipesan. Pesan lebih awal menjelang hari raya."
                ),
                "category": "makanan-minuman",
                "price": 65000,
                "unit": "toples",
                "stock": "made_to_order",
                "lead_time_days": 3,
                "min_order": 1,
                "net_weight": "250 g",
                "size": "",
                "shelf_life": "3 bulan",
                "pirt": "2113578010312-28",
                "halal": "ID35110000312450524",
                "colour": "#F1C40F",
                "label": "Nastar Nanas",
                "shape": "jar",
            },
            {
                "slug": "kue-bawang",
                "name": "Kue Bawang Gurih",
                "description": (
                    "Kue bawang tipis, gurih, dan renyah.\n"
                    "Cocok untuk teman minum teh atau camilan anak.\n"
                    "Komposisi: tepung terigu, tepung tapioka, bawang putih, telur, daun seledri, minyak sawit, garam.\n"
                    "Tutup rapat klip setelah dibuka agar tetap renyah."
                ),
                "category": "makanan-minuman",
                "price": 20000,
                "unit": "pack",
                "stock": "ready",
                "min_order": 1,
                "net_weight": "200 g",
                "size": "",
                "shelf_life": "2 bulan",
                "pirt": "2113578010313-28",
                "halal": "",
                "colour": "#B9770E",
                "label": "Kue Bawang",
                "shape": "jar",
            },
        ],
    },
]

# Buyers' questions: (brand, product, name, phone, e-mail, quantity, message, reply)
INQUIRIES = [
    # (brand slug, product slug, name, phone, email, quantity, message, reply)
    (
        "dapur-bu-sari",
        "keripik-singkong-balado",
        "Dewi",
        "",
        "dewi@example.com",
        20,
        "Halo, apakah bisa pesan 20 bungkus untuk arisan hari Sabtu? Dikirim ke Bandung kota.",
        "Bisa, Bu Dewi. Untuk 20 bungkus saya siapkan hari Jumat. Ongkos kirim dihitung setelah alamat jelas.",
    ),
    (
        "dapur-bu-sari",
        "sambal-bawang",
        "Andi",
        "0812 3456 7890",
        "",
        3,
        "Sambalnya pedas sekali atau sedang? Saya mau coba 3 botol.",
        "",
    ),
    (
        "rapi-jahit",
        "tas-jinjing-batik",
        "Maria",
        "",
        "maria@example.com",
        10,
        "Apakah bisa pesan 10 tas untuk suvenir kantor dengan motif yang sama?",
        "",
    ),
]
