<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Age</name>
    <message>
        <location filename="../../agentdesk/ui/labels.py" line="+218"/>
        <location line="+16"/>
        <source>%1m</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1h</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>%1d</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1h %2m</source>
        <translation>%1 j %2 mnt</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../agentdesk/ui/views/call.py" line="+51"/>
        <source>Call with %1</source>
        <translation>Panggilan dengan %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call duration</source>
        <translation>Durasi panggilan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call notes</source>
        <translation>Catatan panggilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes while you talk…</source>
        <translation>Catatan selama berbicara…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Follow-up date</source>
        <translation>Tanggal tindak lanjut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End call and save</source>
        <translation>Akhiri panggilan dan simpan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow up on</source>
        <translation>Tindak lanjut pada</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../agentdesk/ui/palette.py" line="+64"/>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, e-mail, phone, order number, ticket subject or note…</source>
        <translation>Nama, email, telepon, nomor pesanan, subjek tiket, atau catatan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find anything</source>
        <translation>Cari apa saja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matches</source>
        <translation>Hasil yang cocok</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Type to find a customer, an order, a ticket or a note. Enter opens it.</source>
        <translation>Ketik untuk mencari pelanggan, pesanan, tiket, atau catatan. Tekan Enter untuk membukanya.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n match(es). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%Ln hasil. Tekan Enter untuk membuka yang disorot.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing matches “%1”. Try part of a name, a phone number or an order number.</source>
        <translation>Tidak ada yang cocok dengan “%1”. Coba sebagian nama, nomor telepon, atau nomor pesanan.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../agentdesk/ui/connect_dialog.py" line="+64"/>
        <source>Connect to the shop</source>
        <translation>Hubungkan ke toko</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Optional: only for a shop with its own certificate</source>
        <translation>Opsional: hanya untuk toko yang memakai sertifikatnya sendiri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shop system</source>
        <translation>Platform toko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admin user</source>
        <translation>Nama pengguna admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token</source>
        <translation>Token akses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer key</source>
        <translation>Consumer key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer secret</source>
        <translation>Consumer secret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate authority file (PEM)</source>
        <translation>File otoritas sertifikat (PEM)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test and connect</source>
        <translation>Uji dan hubungkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect</source>
        <translation>Putuskan koneksi</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>An administrator of your Vendure shop. AgentDesk keeps only the session token, in this computer&apos;s keyring, never the password.</source>
        <translation>Administrator toko Vendure Anda. AgentDesk hanya menyimpan token sesi di keyring komputer ini, tidak pernah kata sandinya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An Admin API access token of a custom app with read access to customers and orders, and write access to orders and discounts.</source>
        <translation>Token akses Admin API dari aplikasi kustom dengan akses baca ke pelanggan dan pesanan, serta akses tulis ke pesanan dan diskon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A REST API key with read/write permission (WooCommerce ▸ Settings ▸ Advanced ▸ REST API).</source>
        <translation>Kunci REST API dengan izin baca/tulis (WooCommerce ▸ Pengaturan ▸ Lanjutan ▸ REST API).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fill in the address and the credentials first.</source>
        <translation>Isi alamat dan kredensial terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not connect: %1</source>
        <translation>Tidak dapat terhubung: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected, but the token cannot be kept: this computer has no keyring service (%1). Install one (such as GNOME Keyring) or set AGENTDESK_TOKEN.</source>
        <translation>Terhubung, tetapi token tidak dapat disimpan: komputer ini tidak memiliki layanan keyring (%1). Pasang salah satunya (misalnya GNOME Keyring) atau atur AGENTDESK_TOKEN.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../agentdesk/ui/views/conversation.py" line="+61"/>
        <source>Show more (%1 characters not shown)</source>
        <translation>Tampilkan selengkapnya (%1 karakter belum ditampilkan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy all</source>
        <translation>Salin semua</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a ticket in the queue. Use j and k to move, Enter to open.</source>
        <translation>Pilih tiket di antrean. Gunakan j dan k untuk berpindah, Enter untuk membuka.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket status</source>
        <translation>Status tiket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assignee</source>
        <translation>Ditugaskan ke</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Journey stage</source>
        <translation>Tahap perjalanan pelanggan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Canned response…</source>
        <translation>Template balasan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a canned response (Ctrl+Shift+C)</source>
        <translation>Sisipkan template balasan (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Knowledge base…</source>
        <translation>Basis pengetahuan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link or insert a help article (Ctrl+Shift+A)</source>
        <translation>Tautkan atau sisipkan artikel bantuan (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal note</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only colleagues see internal notes (Ctrl+I)</source>
        <translation>Hanya rekan kerja yang dapat melihat catatan internal (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (me)</source>
        <translation>%1 (saya)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Changes apply to %n selected ticket(s)</source>
        <translation>
            <numerusform>Perubahan berlaku untuk %Ln tiket yang dipilih</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add internal note</source>
        <translation>Tambahkan catatan internal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send reply</source>
        <translation>Kirim balasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note for colleagues only…</source>
        <translation>Catatan khusus untuk rekan kerja…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to %1… (Ctrl+Enter sends)</source>
        <translation>Balasan untuk %1… (Ctrl+Enter untuk mengirim)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fill in %1 before sending.</source>
        <translation>Isi %1 sebelum mengirim.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Fill in: %1</source>
        <translation>Harap isi: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Suggested: %1</source>
        <translation>Saran: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Proactive</source>
        <translation>Proaktif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order %1</source>
        <translation>pesanan %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same problem again</source>
        <translation>Masalah yang sama terulang</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The whole message is on the clipboard.</source>
        <translation>Seluruh pesan sudah disalin ke papan klip.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Internal note · %1</source>
        <translation>Catatan internal · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent</source>
        <translation>Agen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>Not sent: will retry</source>
        <translation>Belum terkirim: akan dicoba lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved · waiting to send</source>
        <translation>Tersimpan · menunggu untuk dikirim</translation>
    </message>
</context>
<context>
    <name>Customer360</name>
    <message>
        <location filename="../../agentdesk/ui/views/customer360.py" line="+81"/>
        <source>Customer details</source>
        <translation>Detail pelanggan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a ticket or search for a customer (Ctrl+K).</source>
        <translation>Pilih tiket atau cari pelanggan (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline shows:</source>
        <translation>Linimasa menampilkan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline filter</source>
        <translation>Filter linimasa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel scans</source>
        <translation>Pemindaian paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Survei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goodwill</source>
        <translation>Kompensasi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New note about this customer</source>
        <translation>Catatan baru tentang pelanggan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a note about this customer…</source>
        <translation>Tambahkan catatan tentang pelanggan ini…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note kind</source>
        <translation>Jenis catatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+149"/>
        <source>Pin</source>
        <translation>Sematkan</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Pinned notes show at the top of every ticket</source>
        <translation>Catatan yang disematkan ditampilkan di bagian atas setiap tiket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log call</source>
        <translation>Catat panggilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a call log with a running timer (Ctrl+L)</source>
        <translation>Mulai catatan panggilan dengan pengatur waktu (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+89"/>
        <source>Save note</source>
        <translation>Simpan catatan</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Cancel edit</source>
        <translation>Batalkan edit</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Note changed.</source>
        <translation>Catatan diubah.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note saved.</source>
        <translation>Catatan tersimpan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copied %1</source>
        <translation>%1 disalin</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unpin</source>
        <translation>Lepas sematan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting to send</source>
        <translation>menunggu untuk dikirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>diedit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order #%1 · %2</source>
        <translation>Pesanan #%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parcel of #%1: %2</source>
        <translation>Paket pesanan #%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Agen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal note</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call · %1</source>
        <translation>Panggilan · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow up %1</source>
        <translation>tindak lanjut %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 for #%2 · %3</source>
        <translation>%1 untuk #%2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 local time</source>
        <translation>%1 waktu setempat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lifetime value</source>
        <translation>Nilai seumur hidup</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%Ln pesanan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of this kind yet.</source>
        <translation>Belum ada untuk jenis ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund, reship or voucher…</source>
        <translation>Pengembalian dana, kirim ulang, atau voucher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery plan…</source>
        <translation>Rencana pemulihan…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click to copy</source>
        <translation>Klik untuk menyalin</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n older item(s) not shown</source>
        <translation>
            <numerusform>%Ln item lama tidak ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+48"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="-270"/>
        <location line="+271"/>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="-265"/>
        <location line="+266"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No orders yet.</source>
        <translation>Belum ada pesanan.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Same problem again: %1 within 7 days</source>
        <translation>Masalah yang sama terulang: %1 dalam 7 hari</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no scan yet</source>
        <translation>belum ada pemindaian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promised %1</source>
        <translation>dijanjikan tiba %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>and %n more order(s)</source>
        <translation>
            <numerusform>dan %Ln pesanan lainnya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../agentdesk/ui/views/customers.py" line="+48"/>
        <source>Search name, e-mail, phone, order number, ticket or note</source>
        <translation>Cari nama, email, telepon, nomor pesanan, tiket, atau catatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search customers</source>
        <translation>Cari pelanggan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers found</source>
        <translation>Pelanggan yang ditemukan</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Customers with the most recent tickets.</source>
        <translation>Pelanggan dengan tiket terbaru.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%Ln pelanggan ditemukan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer matches “%1”. Try part of a name, an e-mail, a phone number or an order number.</source>
        <translation>Tidak ada pelanggan yang cocok dengan “%1”. Coba sebagian nama, email, nomor telepon, atau nomor pesanan.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../agentdesk/ui/rescue.py" line="+69"/>
        <location line="+1"/>
        <location line="+147"/>
        <source>The cache is damaged</source>
        <translation>Cache rusak</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>AgentDesk can rebuild it from the shop: the changes not yet sent are saved to a file beside it first and sent afterwards, and the damaged file is kept.</source>
        <translation>AgentDesk dapat membangunnya ulang dari toko: perubahan yang belum terkirim disimpan dulu ke file di sebelahnya lalu dikirim setelahnya, dan file yang rusak tetap disimpan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update AgentDesk to open this cache, or open another one.</source>
        <translation>Perbarui AgentDesk untuk membuka cache ini, atau buka cache lain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rebuild from the shop</source>
        <translation>Bangun ulang dari toko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another…</source>
        <translation>Buka cache lain…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open another cache</source>
        <translation>Buka cache lain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AgentDesk caches (*.sqlite);;All files (*)</source>
        <translation>Cache AgentDesk (*.sqlite);;Semua file (*)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../agentdesk/ui/views/dashboard.py" line="+74"/>
        <source>Tickets solved</source>
        <translation>Tiket diselesaikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First reply (median)</source>
        <translation>Balasan pertama (median)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (median)</source>
        <translation>Penyelesaian (median)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved in one reply</source>
        <translation>Selesai dengan satu balasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came back, same problem</source>
        <translation>Kembali dengan masalah sama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Tickets created</source>
        <translation>Tiket dibuat</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location line="+521"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Semua saluran</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <source>Agent</source>
        <translation>Agen</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>All agents</source>
        <translation>Semua agen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts as PNG…</source>
        <translation>Grafik sebagai PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report as PDF…</source>
        <translation>Laporan sebagai PDF…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Working…</source>
        <translation>Memproses…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tickets created and solved</source>
        <translation>Tiket dibuat dan diselesaikan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First reply, median (minutes)</source>
        <translation>Balasan pertama, median (menit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Busiest hours (customer messages)</source>
        <translation>Jam tersibuk (pesan pelanggan)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top complaint categories</source>
        <translation>Kategori keluhan teratas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long replies and resolutions take</source>
        <translation>Lama waktu balasan dan penyelesaian</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+36"/>
        <source>Agents</source>
        <translation>Agen</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+180"/>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+180"/>
        <source>Solved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+291"/>
        <source>First reply</source>
        <translation>Balasan pertama</translation>
    </message>
    <message>
        <location line="-290"/>
        <location line="+291"/>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>One reply</source>
        <translation>Satu balasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Updated %1</source>
        <translation>Diperbarui pukul %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No tickets in this period with these filters. Clear a filter or pick a longer period.</source>
        <translation>Tidak ada tiket pada periode ini dengan filter tersebut. Hapus salah satu filter atau pilih periode yang lebih panjang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tickets in this period yet. Pick a longer period.</source>
        <translation>Belum ada tiket pada periode ini. Pilih periode yang lebih panjang.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 tickets created from %2 to %3.</source>
        <translation>%1 tiket dibuat dari %2 sampai %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of them proactive: the team wrote first.</source>
        <translation>
            <numerusform>%Ln di antaranya proaktif: tim yang menulis lebih dulu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tickets solved from %2 to %3.</source>
        <translation>%1 tiket diselesaikan dari %2 sampai %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Median time from a customer&apos;s ticket to the first public reply: %1, over %n ticket(s) created in the period that got one.</source>
        <translation>
            <numerusform>Median waktu dari tiket pelanggan masuk hingga balasan publik pertama: %1, dari %Ln tiket yang dibuat pada periode ini dan sudah dibalas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Median time from opening to solving: %1, over %n ticket(s) solved in the period.</source>
        <translation>
            <numerusform>Median waktu dari tiket dibuka hingga diselesaikan: %1, dari %Ln tiket yang diselesaikan pada periode ini.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 = %2 of %3 solved tickets needed exactly one public reply.</source>
        <translation>%1 = %2 dari %3 tiket yang diselesaikan hanya memerlukan tepat satu balasan publik.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 = %2 of %3 customer contacts came back within 7 days about the same category.</source>
        <translation>%1 = %2 dari %3 kontak pelanggan kembali menghubungi dalam 7 hari untuk kategori yang sama.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSAT %1 = %2 of %3 ratings of 4-5.</source>
        <translation>CSAT %1 = %2 dari %3 penilaian bernilai 4-5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NPS: no answers in this period.</source>
        <translation>NPS: belum ada jawaban pada periode ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NPS %1 = %2 promoters (9-10) minus %3 detractors (0-6), of %4 answers.</source>
        <translation>NPS %1 = %2 promotor (9-10) dikurangi %3 detraktor (0-6), dari %4 jawaban.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asked: “%1”</source>
        <translation>Pertanyaan: “%1”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Created, previous period</source>
        <translation>Dibuat, periode sebelumnya</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Click a cell to see its tickets.</source>
        <translation>Klik sel untuk melihat tiketnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Busiest: %1 %2:00 with %3 messages. </source>
        <translation>Tersibuk: %1 pukul %2:00 dengan %3 pesan. </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tickets of %1</source>
        <translation>Tiket milik %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tickets created %1</source>
        <translation>Tiket yang dibuat pada %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers writing on %1 at %2:00</source>
        <translation>Pelanggan yang menulis pada hari %1 pukul %2:00</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the numbers</source>
        <translation>Ekspor angka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the charts</source>
        <translation>Simpan grafik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>AgentDesk report</source>
        <translation>Laporan AgentDesk</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <location line="-815"/>
        <source>Tickets behind the figure</source>
        <translation>Tiket di balik angka ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Ditugaskan ke</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%Ln tiket</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest %1 of %2 tickets</source>
        <translation>%1 tiket terbaru dari %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
</context>
<context>
    <name>GoodwillDialog</name>
    <message>
        <location filename="../../agentdesk/ui/views/goodwill.py" line="+48"/>
        <source>Goodwill for order %1</source>
        <translation>Kompensasi untuk pesanan %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 · %2</source>
        <translation>Pesanan %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to offer</source>
        <translation>Jenis kompensasi</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Why: for the shop and for colleagues who read this order later</source>
        <translation>Alasan: untuk toko dan rekan kerja yang akan membaca pesanan ini nanti</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Propose</source>
        <translation>Ajukan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer</source>
        <translation>Tawaran</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>At most %1 is left to refund on this order.</source>
        <translation>Sisa dana yang dapat dikembalikan untuk pesanan ini paling banyak %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A voucher for the customer&apos;s next order.</source>
        <translation>Voucher untuk pesanan pelanggan berikutnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop sends the same items again, at no cost.</source>
        <translation>Toko mengirim ulang barang yang sama tanpa biaya.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 queued for the shop.</source>
        <translation>%1 masuk antrean untuk dikirim ke toko.</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <location filename="../../agentdesk/ui/rescue.py" line="+46"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep working</source>
        <translation>Lanjutkan bekerja</translation>
    </message>
</context>
<context>
    <name>HubController</name>
    <message>
        <location filename="../../agentdesk/ui/hub_sync.py" line="+98"/>
        <source>Ticket “%1” was already taken by %2.</source>
        <translation>Tiket “%1” sudah diambil oleh %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket “%1” was changed first by %2; your change was not applied.</source>
        <translation>Tiket “%1” sudah lebih dulu diubah oleh %2; perubahan Anda tidak diterapkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note was changed first by %2; your change was not applied.</source>
        <translation>Catatan ini sudah lebih dulu diubah oleh %2; perubahan Anda tidak diterapkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague&apos;s change came first (%2); yours was not applied.</source>
        <translation>Perubahan dari rekan kerja masuk lebih dulu (%2); perubahan Anda tidak diterapkan.</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <location filename="../../agentdesk/ui/hub_dialog.py" line="+64"/>
        <source>Connect to the team hub</source>
        <translation>Hubungkan ke hub tim</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Require an encrypted connection (TLS)</source>
        <translation>Wajibkan koneksi terenkripsi (TLS)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your database user</source>
        <translation>Pengguna basis data Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your team lead adds you to the hub and gives you your database user. The password stays in this computer&apos;s keyring.</source>
        <translation>Ketua tim akan menambahkan Anda ke hub dan memberikan pengguna basis data untuk Anda. Kata sandi tetap tersimpan di keyring komputer ini.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test and connect</source>
        <translation>Uji dan hubungkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect</source>
        <translation>Putuskan koneksi</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fill in the server, the database and your user first.</source>
        <translation>Isi server, basis data, dan pengguna Anda terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Could not connect: %1</source>
        <translation>Tidak dapat terhubung: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connected, but the password cannot be kept: this computer has no keyring service (%1). Install one (such as GNOME Keyring) or set AGENTDESK_HUB_PASSWORD.</source>
        <translation>Terhubung, tetapi kata sandi tidak dapat disimpan: komputer ini tidak memiliki layanan keyring (%1). Pasang salah satunya (misalnya GNOME Keyring) atau atur AGENTDESK_HUB_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../agentdesk/ui/views/inbox.py" line="+201"/>
        <source>Queues</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel filter</source>
        <translation>Filter saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Semua saluran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category filter</source>
        <translation>Filter kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status filter</source>
        <translation>Filter status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Click a column to sort by it; click again to reverse</source>
        <translation>Klik kolom untuk mengurutkan; klik lagi untuk membalik urutan</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Mine</source>
        <translation>Milik saya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All open</source>
        <translation>Semua terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proactive</source>
        <translation>Proaktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved today</source>
        <translation>Selesai hari ini</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%Ln tiket</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tickets match these filters. Clear them to see more.</source>
        <translation>Tidak ada tiket yang cocok dengan filter ini. Hapus filter untuk melihat lebih banyak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waiting here. Well done.</source>
        <translation>Tidak ada yang menunggu di sini. Kerja bagus.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Reply saved; it is sent when the shop is reachable.</source>
        <translation>Balasan tersimpan dan akan dikirim saat toko dapat dihubungi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal note saved.</source>
        <translation>Catatan internal tersimpan.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n ticket(s) set to %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Status %Ln tiket diubah menjadi %1. Urungkan dengan Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to undo.</source>
        <translation>Tidak ada yang bisa diurungkan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change undone.</source>
        <translation>Perubahan diurungkan.</translation>
    </message>
</context>
<context>
    <name>Journeys</name>
    <message>
        <location filename="../../agentdesk/ui/views/journeys.py" line="+39"/>
        <source>No stage</source>
        <translation>Tanpa tahap</translation>
    </message>
</context>
<context>
    <name>JourneysView</name>
    <message>
        <location line="+12"/>
        <source>Customer journeys</source>
        <translation>Perjalanan pelanggan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts by stage and category</source>
        <translation>Kontak per tahap dan kategori</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contacts per stage</source>
        <translation>Kontak per tahap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Friction points</source>
        <translation>Titik hambatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Friction point</source>
        <translation>Titik hambatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Came back</source>
        <translation>Kembali lagi</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+92"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where contacts happen: stage by category</source>
        <translation>Di mana kontak terjadi: tahap per kategori</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Top friction points: what to fix in the shop (double-click for tickets)</source>
        <translation>Titik hambatan teratas: yang perlu diperbaiki di toko (klik dua kali untuk melihat tiket)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Working…</source>
        <translation>Memproses…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No customer contacts in this period. Pick a longer one.</source>
        <translation>Tidak ada kontak pelanggan pada periode ini. Pilih periode yang lebih panjang.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 contacts: %2 at %3</source>
        <translation>%1 kontak: %2 pada tahap %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>with %1</source>
        <translation>lewat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <translation>di %1</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <location filename="../../agentdesk/ui/labels.py" line="-223"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late delivery</source>
        <translation>Pengiriman terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost parcel</source>
        <translation>Paket hilang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Barang salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Damaged</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+38"/>
        <source>Refund</source>
        <translation>Pengembalian dana</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+28"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product question</source>
        <translation>Pertanyaan produk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Mendesak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browsing</source>
        <translation>Melihat-lihat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkout</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Pengembalian barang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After sales</source>
        <translation>Purnajual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stage</source>
        <translation>Tanpa tahap</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reship</source>
        <translation>Kirim ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued for the shop</source>
        <translation>Dalam antrean ke toko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, waiting for the shop</source>
        <translation>Terkirim, menunggu toko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by the shop</source>
        <translation>Dikonfirmasi toko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>In transit</source>
        <translation>Dalam perjalanan</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost?</source>
        <translation>Hilang?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier problem</source>
        <translation>Masalah kurir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+28"/>
        <source>Delivered</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Delivered late</source>
        <translation>Terkirim terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Label created</source>
        <translation>Label dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked up</source>
        <translation>Diambil kurir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At sorting hub</source>
        <translation>Di pusat sortir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out for delivery</source>
        <translation>Sedang diantar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported damaged</source>
        <translation>Dilaporkan rusak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address problem</source>
        <translation>Masalah alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to sender</source>
        <translation>Dikembalikan ke pengirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery problem</source>
        <translation>Masalah pengiriman</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal</source>
        <translation>Pribadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preference</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved on the call</source>
        <translation>Selesai saat panggilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up needed</source>
        <translation>Perlu tindak lanjut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Tidak dijawab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Dieskalasi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shipped</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Dana dikembalikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>Diproses</translation>
    </message>
</context>
<context>
    <name>LibraryPicker</name>
    <message>
        <location filename="../../agentdesk/ui/views/library.py" line="+54"/>
        <source>Canned responses</source>
        <translation>Template balasan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Knowledge base</source>
        <translation>Basis pengetahuan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a response: type a word of its title or text</source>
        <translation>Cari template: ketik kata dari judul atau isinya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find an article: type a word of its title or text</source>
        <translation>Cari artikel: ketik kata dari judul atau isinya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the library</source>
        <translation>Cari di pustaka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the text</source>
        <translation>Bahasa teks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responses</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert</source>
        <translation>Sisipkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert link</source>
        <translation>Sisipkan tautan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert text</source>
        <translation>Sisipkan teks</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Nothing matches. Try another word, or another language.</source>
        <translation>Tidak ada yang cocok. Coba kata lain atau bahasa lain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is empty in this language.</source>
        <translation>Pustaka masih kosong untuk bahasa ini.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You fill in: %1</source>
        <translation>Perlu Anda isi sendiri: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This article has no web address yet.</source>
        <translation>Artikel ini belum memiliki alamat web.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agentdesk/ui/main_window.py" line="+410"/>
        <source>AgentDesk — %1</source>
        <translation>AgentDesk — %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Inbox</source>
        <translation>Kotak masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proactive</source>
        <translation>Proaktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journeys</source>
        <translation>Perjalanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Settings (Ctrl+,)</source>
        <translation>Pengaturan (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+127"/>
        <location line="+306"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Full sync (deleted records, notes written in the shop)</source>
        <translation>Sinkronisasi penuh (data yang dihapus, catatan yang ditulis di toko)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the shop…</source>
        <translation>Hubungkan ke toko…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the team hub…</source>
        <translation>Hubungkan ke hub tim…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>This console is for training: it shows no customers.</source>
        <translation>Konsol ini khusus untuk pelatihan: tidak ada pelanggan yang ditampilkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a phone number, an e-mail address or an order number.</source>
        <translation>Masukkan nomor telepon, alamat email, atau nomor pesanan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No customer matches %1; showing the search.</source>
        <translation>Tidak ada pelanggan yang cocok dengan %1; menampilkan pencarian.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incoming contact: %1</source>
        <translation>Kontak masuk: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Settings saved.</source>
        <translation>Pengaturan tersimpan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search is not available in training.</source>
        <translation>Pencarian tidak tersedia dalam mode pelatihan.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>● Local cache: %1 customers · %2 open tickets</source>
        <translation>● Cache lokal: %1 pelanggan · %2 tiket terbuka</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo data · not connected to a shop</source>
        <translation>Data demo · tidak terhubung ke toko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working offline · no shop connected yet</source>
        <translation>Bekerja offline · belum ada toko yang terhubung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline since %1</source>
        <translation>Offline sejak %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync stopped: %1</source>
        <translation>Sinkronisasi berhenti: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date · synced at %1</source>
        <translation>Sudah terbaru · disinkronkan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Belum disinkronkan</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln perubahan menunggu untuk dikirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) the shop refused</source>
        <translation>
            <numerusform>%Ln perubahan ditolak toko</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team hub connected</source>
        <translation>Hub tim terhubung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team hub offline since %1</source>
        <translation>Hub tim offline sejak %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team hub: %1</source>
        <translation>Hub tim: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect…</source>
        <translation>Hubungkan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync with the shop now (F5)</source>
        <translation>Sinkronkan dengan toko sekarang (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect AgentDesk to your shop&apos;s back end</source>
        <translation>Hubungkan AgentDesk ke sistem toko Anda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is demo data: it is not synced with a shop.</source>
        <translation>Ini data demo: tidak disinkronkan dengan toko.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sync is already running.</source>
        <translation>Sinkronisasi sedang berjalan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected. The first sync starts now.</source>
        <translation>Terhubung. Sinkronisasi pertama dimulai sekarang.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to the team hub.</source>
        <translation>Terhubung ke hub tim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>outgoing changes</source>
        <translation>perubahan keluar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted records</source>
        <translation>data yang dihapus</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>customers</source>
        <translation>pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders</source>
        <translation>pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parcels on their way</source>
        <translation>paket dalam perjalanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncing %1: %2% (%3 of %4)</source>
        <translation>Menyinkronkan · %1: %2% (%3 dari %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>about %n s left</source>
        <translation>
            <numerusform>sekitar %Ln dtk lagi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing %1: %2</source>
        <translation>Menyinkronkan · %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync could not start: %1</source>
        <translation>Sinkronisasi tidak dapat dimulai: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>⏰ %n plan step(s) due</source>
        <translation>
            <numerusform>⏰ %Ln langkah rencana jatuh tempo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working…</source>
        <translation>Memproses…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../agentdesk/ui/palette.py" line="-142"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../agentdesk/ui/period.py" line="+25"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>90 hari terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Kustom…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../agentdesk/ui/views/plans.py" line="+96"/>
        <source>Recovery plan for %1</source>
        <translation>Rencana pemulihan untuk %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Start from scratch</source>
        <translation>Mulai dari awal</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>What winning this customer back means</source>
        <translation>Apa arti mendapatkan kembali pelanggan ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>Plan due</source>
        <translation>Tenggat rencana</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <location line="+31"/>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add step</source>
        <translation>Tambah langkah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove step</source>
        <translation>Hapus langkah</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order #%1 · %2</source>
        <translation>Pesanan #%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Call the customer</source>
        <translation>Telepon pelanggan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step %1: what to do</source>
        <translation>Langkah %1: yang harus dilakukan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: due</source>
        <translation>Langkah %1: tenggat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1: owner</source>
        <translation>Langkah %1: penanggung jawab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1: amount</source>
        <translation>Langkah %1: jumlah</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Recovery plan saved.</source>
        <translation>Rencana pemulihan tersimpan.</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location line="-204"/>
        <source>Call</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Pengembalian dana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reship</source>
        <translation>Kirim ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not yet bought again</source>
        <translation>Belum membeli lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bought again</source>
        <translation>Sudah membeli lagi</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location line="+223"/>
        <source>Recovery plans</source>
        <translation>Rencana pemulihan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show plans</source>
        <translation>Tampilkan rencana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open plans</source>
        <translation>Rencana terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plans</source>
        <translation>Semua rencana</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Plans</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days on</source>
        <translation>Setelah 30 hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps (tick when done)</source>
        <translation>Langkah (centang jika sudah selesai)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark plan done</source>
        <translation>Tandai rencana selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel plan</source>
        <translation>Batalkan rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open customer</source>
        <translation>Buka pelanggan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Won back in 30 days</source>
        <translation>Kembali dalam 30 hari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In 90 days</source>
        <translation>Dalam 90 hari</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No plans here yet. Open one from a ticket or a customer: “Recovery plan…” under the customer&apos;s details.</source>
        <translation>Belum ada rencana di sini. Buat dari tiket atau pelanggan: “Rencana pemulihan…” di bagian detail pelanggan.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Win-back by template</source>
        <translation>Pemulihan per template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win-back by cause</source>
        <translation>Pemulihan per penyebab</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n step(s) due for you</source>
        <translation>
            <numerusform>%Ln langkah jatuh tempo untuk Anda</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing due for you</source>
        <translation>Tidak ada yang jatuh tempo untuk Anda</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%Ln langkah terlambat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No template</source>
        <translation>Tanpa template</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cause: %1</source>
        <translation>Penyebab: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days on: %1</source>
        <translation>Setelah 30 hari: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 days on: %1</source>
        <translation>Setelah 90 hari: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next CSAT: %1</source>
        <translation>CSAT berikutnya: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next NPS: %1</source>
        <translation>NPS berikutnya: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due %1</source>
        <translation>tenggat %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Plan updated.</source>
        <translation>Rencana diperbarui.</translation>
    </message>
</context>
<context>
    <name>Proactive</name>
    <message>
        <location filename="../../agentdesk/ui/views/proactive.py" line="+57"/>
        <source>No scan for days</source>
        <translation>Tidak ada pemindaian selama beberapa hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier problem</source>
        <translation>Masalah kurir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered, customer says no</source>
        <translation>Terkirim, pelanggan bilang belum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>We wrote</source>
        <translation>Kami sudah menghubungi</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer already wrote</source>
        <translation>Pelanggan sudah menghubungi</translation>
    </message>
</context>
<context>
    <name>ProactiveView</name>
    <message>
        <location line="+92"/>
        <location line="+24"/>
        <source>Parcels at risk</source>
        <translation>Paket berisiko</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>What is wrong</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every risk</source>
        <translation>Semua risiko</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>All carriers</source>
        <translation>Semua kurir</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Show parcels already in touch</source>
        <translation>Tampilkan juga paket yang sudah ada kontak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to the customer</source>
        <translation>Tulis ke pelanggan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a proactive ticket for each selected parcel, its message drafted in the customer&apos;s language (Ctrl+Enter)</source>
        <translation>Buka tiket proaktif untuk setiap paket yang dipilih, dengan draf pesan dalam bahasa pelanggan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select all of this carrier</source>
        <translation>Pilih semua dari kurir ini</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message to the customer</source>
        <translation>Pesan untuk pelanggan</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Working…</source>
        <translation>Memproses…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n parcel(s) at risk</source>
        <translation>
            <numerusform>%Ln paket berisiko</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No parcel at risk matches these filters.</source>
        <translation>Tidak ada paket berisiko yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No parcels at risk right now: every parcel is on time and moving, or someone is already in touch.</source>
        <translation>Tidak ada paket berisiko saat ini: semua paket tepat waktu dan terus bergerak, atau sudah ada yang menghubungi pelanggan.</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>and %n more parcel(s), each in its customer&apos;s language</source>
        <translation>
            <numerusform>dan %Ln paket lainnya, masing-masing dalam bahasa pelanggannya</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drafted for %1; you review it before it goes.</source>
        <translation>Draf untuk %1; Anda memeriksanya sebelum dikirim.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n proactive ticket(s) opened; each message waits as a draft to review and send.</source>
        <translation>
            <numerusform>%Ln tiket proaktif dibuka; setiap pesan menunggu sebagai draf untuk diperiksa lalu dikirim.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../agentdesk/ui/views/inbox.py" line="-465"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Ditugaskan ke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>First response due %1</source>
        <translation>Batas respons pertama %1</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <location filename="../../agentdesk/ui/rescue.py" line="-170"/>
        <source>The disk is full, so this was not saved; free some space and save again. Your text is still here and everything saved before is safe.</source>
        <translation>Disk penuh, jadi ini tidak tersimpan; kosongkan sedikit ruang lalu simpan lagi. Teks Anda masih ada di sini dan semua yang sudah tersimpan aman.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk reported an error, so this was not saved; save again, and have the disk checked if it keeps happening. Your text is still here.</source>
        <translation>Disk melaporkan kesalahan, jadi ini tidak tersimpan; simpan lagi, dan periksakan disk jika terus terjadi. Teks Anda masih ada di sini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache file cannot be written to, so this was not saved.</source>
        <translation>Berkas cache tidak bisa ditulisi, jadi ini tidak tersimpan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache is busy in another program, so this was not saved; try again.</source>
        <translation>Cache sedang dipakai program lain, jadi ini tidak tersimpan; coba lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache file is damaged, so this was not saved; restart AgentDesk to rebuild it from the shop.</source>
        <translation>Berkas cache rusak, jadi ini tidak tersimpan; mulai ulang AgentDesk untuk membangunnya kembali dari toko.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The cache was rebuilt; the damaged file is kept as %1.</source>
        <translation>Cache sudah dibangun kembali; berkas yang rusak disimpan sebagai %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes not yet sent: %1, saved to %2; they wait in the outbox.</source>
        <translation>Perubahan yang belum terkirim: %1, disimpan ke %2; semuanya menunggu di kotak keluar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The console now fills it from the shop.</source>
        <translation>Konsol sekarang mengisinya dari toko.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shop is connected: connect one (Sync ▸ Connect to the shop…) to fill it.</source>
        <translation>Belum ada toko yang terhubung: hubungkan satu (Sinkronisasi ▸ Hubungkan ke toko…) untuk mengisinya.</translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <location filename="../../agentdesk/ui/views/proactive.py" line="-304"/>
        <source>Urgency</source>
        <translation>Urgensi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised</source>
        <translation>Janji tiba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scan</source>
        <translation>Pemindaian terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In touch</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2 days</source>
        <translation>%1 · %2 hari</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>complained before</source>
        <translation>pernah mengeluh</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lifetime spend about %1 €</source>
        <translation>Total belanja sekitar %1 €</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../agentdesk/ui/views/training.py" line="+169"/>
        <source>The customer&apos;s mood</source>
        <translation>Suasana hati pelanggan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time since the customer wrote</source>
        <translation>Waktu sejak pelanggan menulis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role-play</source>
        <translation>Bermain peran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answer</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the customer… (Ctrl+Enter sends)</source>
        <translation>Jawab pelanggan… (Ctrl+Enter untuk mengirim)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Jawab</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>You talk to %1. %2</source>
        <translation>Anda berbicara dengan %1. %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 points · %2</source>
        <translation>%1 poin · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../agentdesk/settings.py" line="+40"/>
        <source>First-response target for phone tickets, in minutes.</source>
        <translation>Target respons pertama untuk tiket telepon, dalam menit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-response target for chats, in minutes.</source>
        <translation>Target respons pertama untuk chat, dalam menit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-response target for social media messages, in minutes.</source>
        <translation>Target respons pertama untuk pesan media sosial, dalam menit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First-response target for e-mails, in minutes.</source>
        <translation>Target respons pertama untuk email, dalam menit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-response target for tickets from the web portal, in minutes.</source>
        <translation>Target respons pertama untuk tiket dari portal web, dalam menit.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>CSAT question, as customers read it in this language.</source>
        <translation>Pertanyaan CSAT, seperti yang dibaca pelanggan dalam bahasa ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the CSAT scale&apos;s ends mean, in this language.</source>
        <translation>Arti kedua ujung skala CSAT, dalam bahasa ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS question (0-10), as customers read it in this language.</source>
        <translation>Pertanyaan NPS (0-10), seperti yang dibaca pelanggan dalam bahasa ini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interface language (empty: follow the system).</source>
        <translation>Bahasa antarmuka (kosong: ikuti sistem).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour theme (system: follow the system&apos;s light or dark mode).</source>
        <translation>Tema warna (sistem: ikuti mode terang atau gelap sistem).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent using this desktop (their queue is &apos;Mine&apos;).</source>
        <translation>Agen yang menggunakan komputer ini (antreannya adalah “Milik saya”).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Share of the SLA time after which the timer turns amber.</source>
        <translation>Porsi waktu SLA yang terpakai sebelum pengatur waktu berubah menjadi oranye.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IANA time zone the dashboard counts days in, such as Europe/Copenhagen (empty: this computer&apos;s).</source>
        <translation>Zona waktu IANA yang dipakai dasbor untuk menghitung hari, misalnya Europe/Copenhagen (kosong: zona waktu komputer ini).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hours after the promised time before a parcel counts as late.</source>
        <translation>Jumlah jam setelah waktu yang dijanjikan sebelum paket dianggap terlambat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days without a carrier scan before a parcel counts as stuck.</source>
        <translation>Jumlah hari tanpa pemindaian kurir sebelum paket dianggap tertahan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Carriers that scan less often, with their own days without a scan, such as DAO=4, Egypt Post=5.</source>
        <translation>Kurir yang lebih jarang memindai, dengan batas hari tanpa pemindaian masing-masing, misalnya DAO=4, Egypt Post=5.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How far back the proactive queue looks for parcels, in days.</source>
        <translation>Seberapa jauh ke belakang antrean proaktif mencari paket, dalam hari.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lifetime spend (in euros, roughly) from which a customer counts as a high spender.</source>
        <translation>Total belanja (dalam euro, kira-kira) yang membuat pelanggan dianggap pembeli besar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Training: weight of acknowledging the problem.</source>
        <translation>Pelatihan: bobot untuk mengakui masalah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training: weight of empathy wording.</source>
        <translation>Pelatihan: bobot untuk ungkapan empati.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training: weight of taking ownership (I will…).</source>
        <translation>Pelatihan: bobot untuk mengambil tanggung jawab (Saya akan…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training: weight of a concrete next step with a time.</source>
        <translation>Pelatihan: bobot untuk langkah berikutnya yang konkret beserta waktunya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of using the customer&apos;s name and order.</source>
        <translation>Pelatihan: bobot untuk menyebut nama dan pesanan pelanggan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of a kind tone (no blame, no jargon).</source>
        <translation>Pelatihan: bobot untuk nada yang ramah (tanpa menyalahkan, tanpa jargon).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of a clear answer of the right length.</source>
        <translation>Pelatihan: bobot untuk jawaban yang jelas dengan panjang yang pas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of answering quickly in a live role-play.</source>
        <translation>Pelatihan: bobot untuk menjawab dengan cepat saat bermain peran langsung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address of the shop&apos;s help centre; articles link to &lt;address&gt;/&lt;language&gt;/&lt;article&gt;.</source>
        <translation>Alamat pusat bantuan toko; artikel ditautkan ke &lt;alamat&gt;/&lt;bahasa&gt;/&lt;artikel&gt;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seconds between background syncs.</source>
        <translation>Jeda dalam detik antara sinkronisasi di latar belakang.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The shop back end to sync with (empty: work offline).</source>
        <translation>Sistem toko yang disinkronkan (kosong: bekerja offline).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address of the shop&apos;s API (https://…).</source>
        <translation>Alamat API toko (https://…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For this shop only: a certificate authority file (PEM) to trust instead of the public ones, for a shop with its own or a self-signed certificate (empty: the public authorities). Each connection logs a warning while it is set.</source>
        <translation>Khusus untuk toko ini: file otoritas sertifikat (PEM) yang dipercaya sebagai pengganti otoritas publik, untuk toko dengan sertifikat sendiri atau sertifikat self-signed (kosong: otoritas publik). Selama pengaturan ini diisi, setiap koneksi mencatat peringatan di log.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minutes between full passes that find records deleted in the shop and notes written there.</source>
        <translation>Jeda dalam menit antara sinkronisasi penuh yang mencari data yang dihapus di toko dan catatan yang ditulis di sana.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days from shipping to the promised delivery, for shops that do not say.</source>
        <translation>Jumlah hari dari pengiriman hingga tanggal tiba yang dijanjikan, untuk toko yang tidak mencantumkannya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team hub (PostgreSQL) this desktop shares tickets and notes through: host, port, database and your database user (the password is in the keyring). Empty: no hub.</source>
        <translation>Hub tim (PostgreSQL) tempat komputer ini berbagi tiket dan catatan: host, port, basis data, dan pengguna basis data Anda (kata sandinya ada di keyring). Kosong: tanpa hub.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agentdesk/ui/settings_dialog.py" line="+66"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response targets</source>
        <translation>Target respons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Survei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proactive care</source>
        <translation>Layanan proaktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Kontras tinggi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A new language or theme shows as soon as you save.</source>
        <translation>Bahasa atau tema baru langsung tampil begitu Anda menyimpan.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Appearance</source>
        <translation>Tampilan</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../agentdesk/ui/shortcuts.py" line="+21"/>
        <source>Find a customer, order, ticket or note</source>
        <translation>Cari pelanggan, pesanan, tiket, atau catatan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to Inbox, Customers, Dashboard, Proactive, Journeys, Plans, Training</source>
        <translation>Buka Kotak masuk, Pelanggan, Dasbor, Proaktif, Perjalanan, Rencana, Pelatihan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next / previous ticket in the queue</source>
        <translation>Tiket berikutnya / sebelumnya dalam antrean</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move from the queue to the conversation</source>
        <translation>Pindah dari antrean ke percakapan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the reply (or save the internal note)</source>
        <translation>Kirim balasan (atau simpan catatan internal)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch between reply and internal note</source>
        <translation>Beralih antara balasan dan catatan internal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insert a canned response (placeholders filled)</source>
        <translation>Sisipkan template balasan (placeholder sudah terisi)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link or insert a knowledge-base article</source>
        <translation>Tautkan atau sisipkan artikel basis pengetahuan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the selected tickets to me</source>
        <translation>Tugaskan tiket yang dipilih ke saya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark the selected tickets solved</source>
        <translation>Tandai tiket yang dipilih sebagai selesai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select several tickets to change them together</source>
        <translation>Pilih beberapa tiket untuk mengubahnya sekaligus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo the last ticket change (status, priority, assignee…)</source>
        <translation>Urungkan perubahan tiket terakhir (status, prioritas, penugasan…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a call with the shown customer</source>
        <translation>Catat panggilan dengan pelanggan yang ditampilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this list</source>
        <translation>Tampilkan daftar ini</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
</context>
<context>
    <name>Span</name>
    <message>
        <location filename="../../agentdesk/ui/labels.py" line="+143"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../agentdesk/ui/sync.py" line="+129"/>
        <source>Another AgentDesk is syncing this cache right now; it syncs next time.</source>
        <translation>AgentDesk lain sedang menyinkronkan cache ini; sinkronisasi dilakukan lain kali.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../agentdesk/ui/views/dashboard.py" line="-92"/>
        <source>no earlier figure</source>
        <translation>tidak ada angka sebelumnya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>= previous period</source>
        <translation>= periode sebelumnya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 pts</source>
        <translation>%1 poin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vs previous period</source>
        <translation>dibanding periode sebelumnya</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../agentdesk/ui/views/training.py" line="-233"/>
        <source>Acknowledges the problem</source>
        <translation>Mengakui masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empathy</source>
        <translation>Empati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership</source>
        <translation>Tanggung jawab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step with a time</source>
        <translation>Langkah berikutnya dengan waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear and short</source>
        <translation>Jelas dan ringkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered quickly</source>
        <translation>Cepat menjawab</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You named the problem</source>
        <translation>Anda menyebutkan masalahnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what you see went wrong first</source>
        <translation>Sebutkan dulu apa yang Anda lihat salah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You showed you understand how it feels</source>
        <translation>Anda menunjukkan bahwa Anda memahami perasaannya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show you understand how this feels</source>
        <translation>Tunjukkan bahwa Anda memahami perasaannya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You took it on yourself</source>
        <translation>Anda mengambil tanggung jawab sendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You took it on, but also blamed the customer or the carrier</source>
        <translation>Anda mengambil tanggung jawab, tetapi juga menyalahkan pelanggan atau kurir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You blamed the customer or the carrier</source>
        <translation>Anda menyalahkan pelanggan atau kurir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what you will do (I will …)</source>
        <translation>Sampaikan apa yang akan Anda lakukan (Saya akan …)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A concrete next step, with when</source>
        <translation>Langkah berikutnya yang konkret, beserta waktunya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A next step, but not when: give a time</source>
        <translation>Ada langkah berikutnya, tetapi tanpa waktu: sebutkan kapan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A time, but no concrete step</source>
        <translation>Ada waktu, tetapi tanpa langkah konkret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No concrete next step</source>
        <translation>Tidak ada langkah berikutnya yang konkret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their name and their order</source>
        <translation>Nama dan pesanan pelanggan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their name; mention their order too</source>
        <translation>Nama pelanggan; sebutkan juga pesanannya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their order; use their name too</source>
        <translation>Pesanan pelanggan; sebut juga namanya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use their name and refer to their order</source>
        <translation>Sebut nama pelanggan dan rujuk pesanannya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A kind tone</source>
        <translation>Nada yang ramah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear and the right length</source>
        <translation>Jelas dan panjangnya pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short to help</source>
        <translation>Terlalu singkat untuk membantu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long: keep to what matters</source>
        <translation>Terlalu panjang: fokus pada hal yang penting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sentence is too long to follow</source>
        <translation>Ada kalimat yang terlalu panjang untuk diikuti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quick answer</source>
        <translation>Jawaban cepat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A slow answer</source>
        <translation>Jawaban lambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer waited a long time</source>
        <translation>Pelanggan menunggu lama</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blame</source>
        <translation>menyalahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissive words</source>
        <translation>kata-kata yang meremehkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jargon</source>
        <translation>jargon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tone: %1</source>
        <translation>Nada: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calm</source>
        <translation>Tenang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening</source>
        <translation>Mendengarkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annoyed</source>
        <translation>Kesal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>Marah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Furious</source>
        <translation>Sangat marah</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>good</source>
        <translation>baik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could be better</source>
        <translation>bisa lebih baik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poor</source>
        <translation>kurang</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <location line="+49"/>
        <source>Language of the role-play</source>
        <translation>Bahasa bermain peran</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <location line="+109"/>
        <location line="+39"/>
        <location line="+15"/>
        <source>Trainee</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+197"/>
        <location line="+58"/>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Start role-play</source>
        <translation>Mulai bermain peran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scorecard</source>
        <translation>Kartu skor</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+128"/>
        <location line="+89"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Role-play</source>
        <translation>Bermain peran</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Role-play saved to the trainee&apos;s history.</source>
        <translation>Sesi bermain peran disimpan ke riwayat peserta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer is satisfied.</source>
        <translation>Pelanggan puas.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer escalated.</source>
        <translation>Pelanggan mengeskalasi masalahnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed yet</source>
        <translation>Belum lulus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score %1 of 100</source>
        <translation>Skor %1 dari 100</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Answer %1: %2 points</source>
        <translation>Jawaban %1: %2 poin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A model answer:</source>
        <translation>Contoh jawaban:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Score per role-play</source>
        <translation>Skor per sesi</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Weakest criteria</source>
        <translation>Kriteria terlemah</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Scenarios not passed yet</source>
        <translation>Skenario yang belum lulus</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+42"/>
        <source>Role-plays</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team&apos;s training</source>
        <translation>Pelatihan tim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>Terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios passed</source>
        <translation>Skenario lulus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language to edit</source>
        <translation>Bahasa yang diedit</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Customer&apos;s name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Briefing</source>
        <translation>Pengarahan</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The customer&apos;s lines</source>
        <translation>Kalimat pelanggan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn</source>
        <translation>Giliran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mood</source>
        <translation>Suasana hati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer says</source>
        <translation>Pelanggan berkata</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Scenario saved.</source>
        <translation>Skenario tersimpan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1.</source>
        <translation>Tidak dapat membaca %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario imported.</source>
        <translation>Skenario diimpor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a scenario</source>
        <translation>Impor skenario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenario exported to %1.</source>
        <translation>Skenario diekspor ke %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the scenario</source>
        <translation>Ekspor skenario</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Satisfied</source>
        <translation>Puas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalated</source>
        <translation>Dieskalasi</translation>
    </message>
</context>
</TS>
