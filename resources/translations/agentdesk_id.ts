<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <location filename="../../agentdesk/ui/labels.py" line="+241"/>
        <source>Span</source>
        <comment>%1 s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Span</source>
        <comment>%1 min</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Span</source>
        <comment>%1 h</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Span</source>
        <comment>%1 d</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agentdesk/ui/views/dashboard.py" line="+83"/>
        <source>Dashboard</source>
        <comment>Tickets solved</comment>
        <translation type="unfinished">Dasbor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <comment>First reply (median)</comment>
        <translation type="unfinished">Dasbor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <comment>Resolution (median)</comment>
        <translation type="unfinished">Dasbor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <comment>Solved in one reply</comment>
        <translation type="unfinished">Dasbor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <comment>Came back, same problem</comment>
        <translation type="unfinished">Dasbor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <comment>CSAT</comment>
        <translation type="unfinished">Dasbor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <comment>NPS</comment>
        <translation type="unfinished">Dasbor</translation>
    </message>
    <message>
        <location filename="../../agentdesk/ui/settings_dialog.py" line="+36"/>
        <source>SettingsDialog</source>
        <comment>You</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SettingsDialog</source>
        <comment>Response targets</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SettingsDialog</source>
        <comment>Dashboard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SettingsDialog</source>
        <comment>Surveys</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SettingsDialog</source>
        <comment>Shop</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SettingsDialog</source>
        <comment>Sync</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>SettingsDialog</source>
        <comment>Follow the system</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SettingsDialog</source>
        <comment>Light</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SettingsDialog</source>
        <comment>Dark</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agentdesk/ui/views/plans.py" line="+47"/>
        <source>Plans</source>
        <comment>Call</comment>
        <translation type="unfinished">Rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <comment>Refund</comment>
        <translation type="unfinished">Rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <comment>Reship</comment>
        <translation type="unfinished">Rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <comment>Voucher</comment>
        <translation type="unfinished">Rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <comment>Offer</comment>
        <translation type="unfinished">Rencana</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plans</source>
        <comment>Not yet bought again</comment>
        <translation type="unfinished">Rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <comment>Waiting</comment>
        <translation type="unfinished">Rencana</translation>
    </message>
    <message>
        <location filename="../../agentdesk/ui/views/proactive.py" line="+58"/>
        <source>Proactive</source>
        <comment>No scan for days</comment>
        <translation type="unfinished">Proaktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proactive</source>
        <comment>Carrier problem</comment>
        <translation type="unfinished">Proaktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proactive</source>
        <comment>Delivered, customer says no</comment>
        <translation type="unfinished">Proaktif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proactive</source>
        <comment>We wrote</comment>
        <translation type="unfinished">Proaktif</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <location filename="../../agentdesk/ui/labels.py" line="-36"/>
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
        <location filename="../../agentdesk/ui/palette.py" line="+63"/>
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
            <numerusform>%n hasil. Tekan Enter untuk membuka yang disorot.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing matches “%1”. Try part of a name, a phone number or an order number.</source>
        <translation>Tidak ada yang cocok dengan “%1”. Coba sebagian nama, nomor telepon, atau nomor pesanan.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../agentdesk/ui/views/conversation.py" line="+69"/>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+91"/>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <location line="-90"/>
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
        <location line="+66"/>
        <source>%1 (me)</source>
        <translation>%1 (saya)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Changes apply to %n selected ticket(s)</source>
        <translation>
            <numerusform>Perubahan berlaku untuk %n tiket yang dipilih</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="+13"/>
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
        <location line="-361"/>
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
        <location filename="../../agentdesk/ui/views/customer360.py" line="+79"/>
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
        <location line="+145"/>
        <source>Pin</source>
        <translation>Sematkan</translation>
    </message>
    <message>
        <location line="-144"/>
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
        <location line="+87"/>
        <source>Save note</source>
        <translation>Simpan catatan</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Cancel edit</source>
        <translation>Batalkan edit</translation>
    </message>
    <message>
        <location line="+58"/>
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
        <location line="+29"/>
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
        <location line="+12"/>
        <source>Order #%1 · %2</source>
        <translation>Pesanan #%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+12"/>
        <source>%1 for #%2 · %3</source>
        <translation>%1 untuk #%2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
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
            <numerusform>%n pesanan</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click to copy</source>
        <translation>Klik untuk menyalin</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>%n older item(s) not shown</source>
        <translation>
            <numerusform>%n item lama tidak ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+44"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+259"/>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="-253"/>
        <location line="+254"/>
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
        <location line="+40"/>
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
            <numerusform>dan %n pesanan lainnya</numerusform>
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
            <numerusform>%n pelanggan ditemukan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer matches “%1”. Try part of a name, an e-mail, a phone number or an order number.</source>
        <translation>Tidak ada pelanggan yang cocok dengan “%1”. Coba sebagian nama, email, nomor telepon, atau nomor pesanan.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../agentdesk/ui/views/dashboard.py" line="+417"/>
        <source>Channel</source>
        <translation type="unfinished">Saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation type="unfinished">Semua saluran</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+111"/>
        <source>Agent</source>
        <translation type="unfinished">Agen</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation type="unfinished">Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation type="unfinished">Semua kategori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Working…</source>
        <translation type="unfinished">Memproses…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Tickets created and solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First reply, median (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Busiest hours (customer messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top complaint categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long replies and resolutions take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+36"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+177"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+177"/>
        <source>Solved</source>
        <translation type="unfinished">Selesai</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+288"/>
        <source>First reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-287"/>
        <location line="+288"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-287"/>
        <source>One reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation type="unfinished">CSAT</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No tickets in this period with these filters. Clear a filter or pick a longer period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tickets in this period yet. Pick a longer period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 tickets created from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of them proactive: the team wrote first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tickets solved from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Median time from a customer&apos;s ticket to the first public reply: %1, over %n ticket(s) created in the period that got one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Median time from opening to solving: %1, over %n ticket(s) solved in the period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 = %2 of %3 solved tickets needed exactly one public reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 = %2 of %3 customer contacts came back within 7 days about the same category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSAT %1 = %2 of %3 ratings of 4-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NPS: no answers in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NPS %1 = %2 promoters (9-10) minus %3 detractors (0-6), of %4 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asked: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Created, previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Click a cell to see its tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Busiest: %1 %2:00 with %3 messages. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tickets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tickets created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers writing on %1 at %2:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>AgentDesk report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <location line="-712"/>
        <source>Tickets behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation type="unfinished">Subjek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation type="unfinished">Pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation type="unfinished">Saluran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation type="unfinished">Ditugaskan ke</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n ticket(s)</source>
        <translation type="unfinished">
            <numerusform>%n tiket</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest %1 of %2 tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unassigned</source>
        <translation type="unfinished">Belum ditugaskan</translation>
    </message>
</context>
<context>
    <name>GoodwillDialog</name>
    <message>
        <location filename="../../agentdesk/ui/views/goodwill.py" line="+47"/>
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
    <name>InboxView</name>
    <message>
        <location filename="../../agentdesk/ui/views/inbox.py" line="+191"/>
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
        <location line="+20"/>
        <source>Click a column to sort by it; click again to reverse</source>
        <translation>Klik kolom untuk mengurutkan; klik lagi untuk membalik urutan</translation>
    </message>
    <message>
        <location line="+76"/>
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
            <numerusform>%n tiket</numerusform>
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
        <location line="+40"/>
        <source>%n ticket(s) set to %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Status %n tiket diubah menjadi %1. Urungkan dengan Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to undo.</source>
        <translation>Tidak ada yang bisa diurungkan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change undone.</source>
        <translation>Perubahan diurungkan.</translation>
    </message>
</context>
<context>
    <name>Journeys</name>
    <message>
        <location filename="../../agentdesk/ui/views/journeys.py" line="+39"/>
        <source>No stage</source>
        <translation type="unfinished">Tanpa tahap</translation>
    </message>
</context>
<context>
    <name>JourneysView</name>
    <message>
        <location line="+12"/>
        <source>Customer journeys</source>
        <translation type="unfinished">Perjalanan pelanggan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts by stage and category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Friction points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Friction point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+89"/>
        <source>CSAT</source>
        <translation type="unfinished">CSAT</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where contacts happen: stage by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Top friction points: what to fix in the shop (double-click for tickets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Working…</source>
        <translation type="unfinished">Memproses…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No customer contacts in this period. Pick a longer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 contacts: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <location filename="../../agentdesk/ui/labels.py" line="-213"/>
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
        <location line="+27"/>
        <source>Delivered</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Delivered late</source>
        <translation>Terkirim terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <location line="-35"/>
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
        <location line="+72"/>
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
        <location filename="../../agentdesk/ui/main_window.py" line="+63"/>
        <source>AgentDesk — %1</source>
        <translation>AgentDesk — %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Empathy training</source>
        <translation>Pelatihan empati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role-play scenarios, scoring and trainee progress will appear here.</source>
        <translation>Skenario bermain peran, penilaian, dan kemajuan peserta pelatihan akan ditampilkan di sini.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+23"/>
        <location line="+2"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location line="+57"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>● Local cache: %1 customers · %2 open tickets</source>
        <translation>● Cache lokal: %1 pelanggan · %2 tiket terbuka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo data · not connected to a shop</source>
        <translation>Data demo · tidak terhubung ke toko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced %1</source>
        <translation>Terakhir disinkronkan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working offline · no shop connected yet</source>
        <translation>Bekerja offline · belum ada toko yang terhubung</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n perubahan menunggu untuk dikirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>⏰ %n plan step(s) due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../agentdesk/ui/views/plans.py" line="+37"/>
        <source>Recovery plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Start from scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>What winning this customer back means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>Plan due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <location line="+28"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Amount</source>
        <translation type="unfinished">Jumlah</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order #%1 · %2</source>
        <translation type="unfinished">Pesanan #%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation type="unfinished">Pesanan</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Call the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Recovery plan saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location line="+29"/>
        <source>Recovery plans</source>
        <translation type="unfinished">Rencana pemulihan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation type="unfinished">Dibatalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Plans</source>
        <translation type="unfinished">Rencana</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Customer</source>
        <translation type="unfinished">Pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps (tick when done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark plan done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Won back in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No plans here yet. Open one from a ticket or a customer: “Recovery plan…” under the customer&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Win-back by template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win-back by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n step(s) due for you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing due for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n step(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 days on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next CSAT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next NPS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Plan updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProactiveView</name>
    <message>
        <location filename="../../agentdesk/ui/views/proactive.py" line="+91"/>
        <location line="+24"/>
        <source>Parcels at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>All carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Show parcels already in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a proactive ticket for each selected parcel, its message drafted in the customer&apos;s language (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select all of this carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Working…</source>
        <translation type="unfinished">Memproses…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n parcel(s) at risk</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No parcel at risk matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No parcels at risk right now: every parcel is on time and moving, or someone is already in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>and %n more parcel(s), each in its customer&apos;s language</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drafted for %1; you review it before it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n proactive ticket(s) opened; each message waits as a draft to review and send.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../agentdesk/ui/views/dashboard.py" line="-327"/>
        <source>Dashboard</source>
        <comment>Tickets created</comment>
        <translation type="unfinished">Dasbor</translation>
    </message>
    <message>
        <location filename="../../agentdesk/ui/settings_dialog.py" line="-17"/>
        <source>SettingsDialog</source>
        <comment>Appearance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agentdesk/ui/views/plans.py" line="-466"/>
        <source>Plans</source>
        <comment>Task</comment>
        <translation type="unfinished">Rencana</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plans</source>
        <comment>Bought again</comment>
        <translation type="unfinished">Rencana</translation>
    </message>
    <message>
        <location filename="../../agentdesk/ui/views/proactive.py" line="-342"/>
        <source>Proactive</source>
        <comment>Late</comment>
        <translation type="unfinished">Proaktif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Proactive</source>
        <comment>Customer already wrote</comment>
        <translation type="unfinished">Proaktif</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../agentdesk/ui/views/inbox.py" line="-421"/>
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
        <location line="+38"/>
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
    <name>RiskModel</name>
    <message>
        <location filename="../../agentdesk/ui/views/proactive.py" line="+29"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation type="unfinished">Pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation type="unfinished">Pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>complained before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lifetime spend about %1 €</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../agentdesk/settings.py" line="+38"/>
        <source>First-response target for phone tickets, in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-response target for chats, in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-response target for social media messages, in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First-response target for e-mails, in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-response target for tickets from the web portal, in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>CSAT question, as customers read it in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the CSAT scale&apos;s ends mean, in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS question (0-10), as customers read it in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interface language (empty: follow the system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent using this desktop (their queue is &apos;Mine&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Share of the SLA time after which the timer turns amber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IANA time zone the dashboard counts days in, such as Europe/Copenhagen (empty: this computer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hours after the promised time before a parcel counts as late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days without a carrier scan before a parcel counts as stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Carriers that scan less often, with their own days without a scan, such as DAO=4, Egypt Post=5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How far back the proactive queue looks for parcels, in days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lifetime spend (in euros, roughly) from which a customer counts as a high spender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address of the shop&apos;s help centre; articles link to &lt;address&gt;/&lt;language&gt;/&lt;article&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seconds between background syncs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agentdesk/ui/settings_dialog.py" line="+25"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A new language or theme shows after AgentDesk restarts.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../agentdesk/ui/labels.py" line="+135"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../agentdesk/ui/views/dashboard.py" line="+235"/>
        <source>no earlier figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>= previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
