<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Age</name>
    <message>
        <location filename="../../agentdesk/ui/labels.py" line="+218"/>
        <location line="+16"/>
        <source>%1m</source>
        <translation>%1 ph</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1h</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>%1d</source>
        <translation>%1 ng</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1h %2m</source>
        <translation>%1 g %2 ph</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../agentdesk/ui/views/call.py" line="+51"/>
        <source>Call with %1</source>
        <translation>Cuộc gọi với %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call duration</source>
        <translation>Thời lượng cuộc gọi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call notes</source>
        <translation>Ghi chú cuộc gọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes while you talk…</source>
        <translation>Ghi chú trong khi trao đổi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Follow-up date</source>
        <translation>Ngày theo dõi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End call and save</source>
        <translation>Kết thúc cuộc gọi và lưu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow up on</source>
        <translation>Theo dõi vào</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../agentdesk/ui/palette.py" line="+64"/>
        <source>Find</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, e-mail, phone, order number, ticket subject or note…</source>
        <translation>Tên, email, số điện thoại, mã đơn hàng, tiêu đề phiếu hoặc ghi chú…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find anything</source>
        <translation>Tìm mọi thứ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matches</source>
        <translation>Kết quả phù hợp</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Type to find a customer, an order, a ticket or a note. Enter opens it.</source>
        <translation>Nhập để tìm khách hàng, đơn hàng, phiếu hoặc ghi chú. Nhấn Enter để mở.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n match(es). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%Ln kết quả. Nhấn Enter để mở kết quả đang chọn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing matches “%1”. Try part of a name, a phone number or an order number.</source>
        <translation>Không có kết quả nào khớp với “%1”. Hãy thử một phần của tên, số điện thoại hoặc mã đơn hàng.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../agentdesk/ui/connect_dialog.py" line="+64"/>
        <source>Connect to the shop</source>
        <translation>Kết nối với cửa hàng</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Optional: only for a shop with its own certificate</source>
        <translation>Không bắt buộc: chỉ dành cho cửa hàng dùng chứng chỉ riêng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shop system</source>
        <translation>Nền tảng cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admin user</source>
        <translation>Tài khoản quản trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token</source>
        <translation>Mã truy cập</translation>
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
        <translation>Tệp chứng chỉ CA (PEM)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test and connect</source>
        <translation>Kiểm tra và kết nối</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect</source>
        <translation>Ngắt kết nối</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>An administrator of your Vendure shop. AgentDesk keeps only the session token, in this computer&apos;s keyring, never the password.</source>
        <translation>Tài khoản quản trị viên của cửa hàng Vendure. AgentDesk chỉ lưu mã phiên trong kho khóa (keyring) của máy tính này, không bao giờ lưu mật khẩu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An Admin API access token of a custom app with read access to customers and orders, and write access to orders and discounts.</source>
        <translation>Mã truy cập Admin API của một ứng dụng tùy chỉnh, có quyền đọc khách hàng và đơn hàng, cùng quyền ghi đơn hàng và giảm giá.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A REST API key with read/write permission (WooCommerce ▸ Settings ▸ Advanced ▸ REST API).</source>
        <translation>Khóa REST API có quyền đọc/ghi (WooCommerce ▸ Cài đặt ▸ Nâng cao ▸ REST API).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fill in the address and the credentials first.</source>
        <translation>Hãy điền địa chỉ và thông tin đăng nhập trước.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not connect: %1</source>
        <translation>Không thể kết nối: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected, but the token cannot be kept: this computer has no keyring service (%1). Install one (such as GNOME Keyring) or set AGENTDESK_TOKEN.</source>
        <translation>Đã kết nối nhưng không thể lưu mã truy cập: máy tính này không có dịch vụ kho khóa (%1). Hãy cài một dịch vụ như vậy (ví dụ GNOME Keyring) hoặc đặt biến AGENTDESK_TOKEN.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../agentdesk/ui/views/conversation.py" line="+61"/>
        <source>Show more (%1 characters not shown)</source>
        <translation>Xem thêm (còn %1 ký tự chưa hiển thị)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy all</source>
        <translation>Sao chép tất cả</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Conversation</source>
        <translation>Hội thoại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a ticket in the queue. Use j and k to move, Enter to open.</source>
        <translation>Chọn một phiếu trong hàng đợi. Dùng j và k để di chuyển, Enter để mở.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket status</source>
        <translation>Trạng thái phiếu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assignee</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Unassigned</source>
        <translation>Chưa phân công</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Journey stage</source>
        <translation>Giai đoạn hành trình</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Canned response…</source>
        <translation>Mẫu trả lời…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a canned response (Ctrl+Shift+C)</source>
        <translation>Chèn mẫu trả lời (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Knowledge base…</source>
        <translation>Cơ sở kiến thức…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link or insert a help article (Ctrl+Shift+A)</source>
        <translation>Chèn liên kết hoặc nội dung bài viết trợ giúp (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal note</source>
        <translation>Ghi chú nội bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only colleagues see internal notes (Ctrl+I)</source>
        <translation>Chỉ đồng nghiệp mới xem được ghi chú nội bộ (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (me)</source>
        <translation>%1 (tôi)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Changes apply to %n selected ticket(s)</source>
        <translation>
            <numerusform>Thay đổi sẽ áp dụng cho %Ln phiếu đã chọn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add internal note</source>
        <translation>Thêm ghi chú nội bộ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send reply</source>
        <translation>Gửi trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note for colleagues only…</source>
        <translation>Ghi chú chỉ dành cho đồng nghiệp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to %1… (Ctrl+Enter sends)</source>
        <translation>Trả lời %1… (Ctrl+Enter để gửi)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fill in %1 before sending.</source>
        <translation>Hãy điền %1 trước khi gửi.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Fill in: %1</source>
        <translation>Cần điền: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Suggested: %1</source>
        <translation>Gợi ý: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Proactive</source>
        <translation>Chủ động</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order %1</source>
        <translation>đơn hàng %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same problem again</source>
        <translation>Sự cố lặp lại</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The whole message is on the clipboard.</source>
        <translation>Đã sao chép toàn bộ tin nhắn vào bộ nhớ tạm.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Internal note · %1</source>
        <translation>Ghi chú nội bộ · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>Not sent: will retry</source>
        <translation>Chưa gửi được: sẽ thử lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved · waiting to send</source>
        <translation>Đã lưu · đang chờ gửi</translation>
    </message>
</context>
<context>
    <name>Customer360</name>
    <message>
        <location filename="../../agentdesk/ui/views/customer360.py" line="+81"/>
        <source>Customer details</source>
        <translation>Thông tin khách hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a ticket or search for a customer (Ctrl+K).</source>
        <translation>Chọn một phiếu hoặc tìm khách hàng (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline shows:</source>
        <translation>Dòng thời gian hiển thị:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline filter</source>
        <translation>Bộ lọc dòng thời gian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel scans</source>
        <translation>Lượt quét bưu kiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Khảo sát</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goodwill</source>
        <translation>Đền bù</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New note about this customer</source>
        <translation>Ghi chú mới về khách hàng này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a note about this customer…</source>
        <translation>Thêm ghi chú về khách hàng này…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note kind</source>
        <translation>Loại ghi chú</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+149"/>
        <source>Pin</source>
        <translation>Ghim</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Pinned notes show at the top of every ticket</source>
        <translation>Ghi chú đã ghim hiển thị ở đầu mọi phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log call</source>
        <translation>Ghi nhận cuộc gọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a call log with a running timer (Ctrl+L)</source>
        <translation>Bắt đầu ghi nhận cuộc gọi với đồng hồ đang chạy (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+89"/>
        <source>Save note</source>
        <translation>Lưu ghi chú</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Cancel edit</source>
        <translation>Hủy chỉnh sửa</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Note changed.</source>
        <translation>Đã cập nhật ghi chú.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note saved.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copied %1</source>
        <translation>Đã sao chép %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unpin</source>
        <translation>Bỏ ghim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting to send</source>
        <translation>đang chờ gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>đã chỉnh sửa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order #%1 · %2</source>
        <translation>Đơn hàng #%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parcel of #%1: %2</source>
        <translation>Bưu kiện của #%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal note</source>
        <translation>Ghi chú nội bộ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call · %1</source>
        <translation>Cuộc gọi · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow up %1</source>
        <translation>theo dõi %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 for #%2 · %3</source>
        <translation>%1 cho #%2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 local time</source>
        <translation>%1 giờ địa phương</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lifetime value</source>
        <translation>Giá trị trọn đời</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%Ln đơn hàng</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of this kind yet.</source>
        <translation>Chưa có mục nào thuộc loại này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund, reship or voucher…</source>
        <translation>Hoàn tiền, gửi lại hàng hoặc voucher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery plan…</source>
        <translation>Kế hoạch khắc phục…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click to copy</source>
        <translation>Nhấp để sao chép</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n older item(s) not shown</source>
        <translation>
            <numerusform>%Ln mục cũ hơn không được hiển thị</numerusform>
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
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location line="-265"/>
        <location line="+266"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No orders yet.</source>
        <translation>Chưa có đơn hàng nào.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Same problem again: %1 within 7 days</source>
        <translation>Sự cố lặp lại: %1 trong vòng 7 ngày</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no scan yet</source>
        <translation>chưa có lượt quét</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promised %1</source>
        <translation>hẹn giao %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>and %n more order(s)</source>
        <translation>
            <numerusform>và %Ln đơn hàng khác</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../agentdesk/ui/views/customers.py" line="+48"/>
        <source>Search name, e-mail, phone, order number, ticket or note</source>
        <translation>Tìm theo tên, email, số điện thoại, mã đơn hàng, phiếu hoặc ghi chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search customers</source>
        <translation>Tìm khách hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers found</source>
        <translation>Khách hàng tìm thấy</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Customers with the most recent tickets.</source>
        <translation>Khách hàng có phiếu gần đây nhất.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %Ln khách hàng.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer matches “%1”. Try part of a name, an e-mail, a phone number or an order number.</source>
        <translation>Không có khách hàng nào khớp với “%1”. Hãy thử một phần của tên, email, số điện thoại hoặc mã đơn hàng.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../agentdesk/ui/rescue.py" line="+69"/>
        <location line="+1"/>
        <location line="+147"/>
        <source>The cache is damaged</source>
        <translation>Bộ nhớ đệm bị hỏng</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>AgentDesk can rebuild it from the shop: the changes not yet sent are saved to a file beside it first and sent afterwards, and the damaged file is kept.</source>
        <translation>AgentDesk có thể dựng lại bộ nhớ đệm từ cửa hàng: các thay đổi chưa gửi sẽ được lưu trước vào một tệp bên cạnh rồi gửi sau, và tệp bị hỏng vẫn được giữ lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update AgentDesk to open this cache, or open another one.</source>
        <translation>Hãy cập nhật AgentDesk để mở bộ nhớ đệm này, hoặc mở một bộ nhớ đệm khác.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rebuild from the shop</source>
        <translation>Dựng lại từ cửa hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another…</source>
        <translation>Mở tệp khác…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open another cache</source>
        <translation>Mở bộ nhớ đệm khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AgentDesk caches (*.sqlite);;All files (*)</source>
        <translation>Bộ nhớ đệm AgentDesk (*.sqlite);;Tất cả tệp (*)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../agentdesk/ui/views/dashboard.py" line="+74"/>
        <source>Tickets solved</source>
        <translation>Phiếu đã giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First reply (median)</source>
        <translation>Phản hồi đầu tiên (trung vị)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (median)</source>
        <translation>Thời gian giải quyết (trung vị)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved in one reply</source>
        <translation>Giải quyết chỉ với một phản hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came back, same problem</source>
        <translation>Quay lại vì cùng sự cố</translation>
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
        <translation>Phiếu được tạo</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location line="+521"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Tất cả kênh</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <source>Agent</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>All agents</source>
        <translation>Tất cả nhân viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Tất cả danh mục</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts as PNG…</source>
        <translation>Biểu đồ dạng PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report as PDF…</source>
        <translation>Báo cáo dạng PDF…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tickets created and solved</source>
        <translation>Phiếu được tạo và đã giải quyết</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First reply, median (minutes)</source>
        <translation>Phản hồi đầu tiên, trung vị (phút)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Busiest hours (customer messages)</source>
        <translation>Giờ cao điểm (tin nhắn của khách hàng)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top complaint categories</source>
        <translation>Danh mục khiếu nại nhiều nhất</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long replies and resolutions take</source>
        <translation>Thời gian phản hồi và giải quyết</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+36"/>
        <source>Agents</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+180"/>
        <source>Created</source>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+180"/>
        <source>Solved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+291"/>
        <source>First reply</source>
        <translation>Phản hồi đầu tiên</translation>
    </message>
    <message>
        <location line="-290"/>
        <location line="+291"/>
        <source>Resolution</source>
        <translation>Giải quyết</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>One reply</source>
        <translation>Một phản hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Updated %1</source>
        <translation>Cập nhật lúc %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No tickets in this period with these filters. Clear a filter or pick a longer period.</source>
        <translation>Không có phiếu nào trong khoảng thời gian này với các bộ lọc đã chọn. Hãy xóa một bộ lọc hoặc chọn khoảng thời gian dài hơn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tickets in this period yet. Pick a longer period.</source>
        <translation>Chưa có phiếu nào trong khoảng thời gian này. Hãy chọn khoảng thời gian dài hơn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 tickets created from %2 to %3.</source>
        <translation>%1 phiếu được tạo từ %2 đến %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of them proactive: the team wrote first.</source>
        <translation>
            <numerusform>Trong đó %Ln phiếu chủ động: đội ngũ liên hệ trước.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tickets solved from %2 to %3.</source>
        <translation>%1 phiếu được giải quyết từ %2 đến %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Median time from a customer&apos;s ticket to the first public reply: %1, over %n ticket(s) created in the period that got one.</source>
        <translation>
            <numerusform>Thời gian trung vị từ khi khách hàng gửi phiếu đến phản hồi công khai đầu tiên: %1, tính trên %Ln phiếu được tạo trong kỳ và đã được phản hồi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Median time from opening to solving: %1, over %n ticket(s) solved in the period.</source>
        <translation>
            <numerusform>Thời gian trung vị từ khi mở phiếu đến khi giải quyết: %1, tính trên %Ln phiếu được giải quyết trong kỳ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 = %2 of %3 solved tickets needed exactly one public reply.</source>
        <translation>%1 = %2 trên %3 phiếu đã giải quyết chỉ cần đúng một phản hồi công khai.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 = %2 of %3 customer contacts came back within 7 days about the same category.</source>
        <translation>%1 = %2 trên %3 lượt liên hệ của khách hàng quay lại trong vòng 7 ngày vì cùng danh mục.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSAT %1 = %2 of %3 ratings of 4-5.</source>
        <translation>CSAT %1 = %2 trên %3 lượt đánh giá đạt 4-5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NPS: no answers in this period.</source>
        <translation>NPS: chưa có câu trả lời nào trong khoảng thời gian này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NPS %1 = %2 promoters (9-10) minus %3 detractors (0-6), of %4 answers.</source>
        <translation>NPS %1 = %2 người ủng hộ (9-10) trừ %3 người phản đối (0-6), trên %4 câu trả lời.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asked: “%1”</source>
        <translation>Câu hỏi: “%1”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Created, previous period</source>
        <translation>Đã tạo, kỳ trước</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>target %1</source>
        <translation>mục tiêu %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Click a cell to see its tickets.</source>
        <translation>Nhấp vào một ô để xem các phiếu của ô đó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Busiest: %1 %2:00 with %3 messages. </source>
        <translation>Đông nhất: %1 lúc %2:00 với %3 tin nhắn. </translation>
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
        <translation>Phiếu của %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tickets created %1</source>
        <translation>Phiếu được tạo ngày %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers writing on %1 at %2:00</source>
        <translation>Khách hàng nhắn tin vào %1 lúc %2:00</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the numbers</source>
        <translation>Xuất số liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the charts</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>AgentDesk report</source>
        <translation>Báo cáo AgentDesk</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <location line="-815"/>
        <source>Tickets behind the figure</source>
        <translation>Các phiếu đằng sau số liệu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Người phụ trách</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%Ln phiếu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest %1 of %2 tickets</source>
        <translation>%1 phiếu mới nhất trên tổng số %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unassigned</source>
        <translation>Chưa phân công</translation>
    </message>
</context>
<context>
    <name>GoodwillDialog</name>
    <message>
        <location filename="../../agentdesk/ui/views/goodwill.py" line="+48"/>
        <source>Goodwill for order %1</source>
        <translation>Đền bù cho đơn hàng %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 · %2</source>
        <translation>Đơn hàng %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to offer</source>
        <translation>Hình thức đền bù</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Why: for the shop and for colleagues who read this order later</source>
        <translation>Lý do: dành cho cửa hàng và đồng nghiệp sẽ xem đơn hàng này sau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Propose</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>At most %1 is left to refund on this order.</source>
        <translation>Đơn hàng này chỉ còn có thể hoàn tối đa %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A voucher for the customer&apos;s next order.</source>
        <translation>Voucher cho đơn hàng tiếp theo của khách.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop sends the same items again, at no cost.</source>
        <translation>Cửa hàng gửi lại đúng các sản phẩm đó, miễn phí.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 queued for the shop.</source>
        <translation>%1 đã được đưa vào hàng chờ gửi đến cửa hàng.</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <location filename="../../agentdesk/ui/rescue.py" line="+46"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep working</source>
        <translation>Tiếp tục làm việc</translation>
    </message>
</context>
<context>
    <name>HubController</name>
    <message>
        <location filename="../../agentdesk/ui/hub_sync.py" line="+98"/>
        <source>Ticket “%1” was already taken by %2.</source>
        <translation>Phiếu “%1” đã được %2 nhận trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket “%1” was changed first by %2; your change was not applied.</source>
        <translation>Phiếu “%1” đã được %2 thay đổi trước; thay đổi của bạn không được áp dụng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note was changed first by %2; your change was not applied.</source>
        <translation>Ghi chú đã được %2 thay đổi trước; thay đổi của bạn không được áp dụng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague&apos;s change came first (%2); yours was not applied.</source>
        <translation>Thay đổi của một đồng nghiệp đã đến trước (%2); thay đổi của bạn không được áp dụng.</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <location filename="../../agentdesk/ui/hub_dialog.py" line="+64"/>
        <source>Connect to the team hub</source>
        <translation>Kết nối với hub nhóm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Require an encrypted connection (TLS)</source>
        <translation>Yêu cầu kết nối mã hóa (TLS)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your database user</source>
        <translation>Tài khoản cơ sở dữ liệu của bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your team lead adds you to the hub and gives you your database user. The password stays in this computer&apos;s keyring.</source>
        <translation>Trưởng nhóm sẽ thêm bạn vào hub và cấp cho bạn tài khoản cơ sở dữ liệu. Mật khẩu được lưu trong kho khóa (keyring) của máy tính này.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test and connect</source>
        <translation>Kiểm tra và kết nối</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect</source>
        <translation>Ngắt kết nối</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fill in the server, the database and your user first.</source>
        <translation>Hãy điền máy chủ, cơ sở dữ liệu và tài khoản của bạn trước.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Could not connect: %1</source>
        <translation>Không thể kết nối: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connected, but the password cannot be kept: this computer has no keyring service (%1). Install one (such as GNOME Keyring) or set AGENTDESK_HUB_PASSWORD.</source>
        <translation>Đã kết nối nhưng không thể lưu mật khẩu: máy tính này không có dịch vụ kho khóa (%1). Hãy cài một dịch vụ như vậy (ví dụ GNOME Keyring) hoặc đặt biến AGENTDESK_HUB_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../agentdesk/ui/views/inbox.py" line="+201"/>
        <source>Queues</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel filter</source>
        <translation>Lọc theo kênh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Tất cả kênh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category filter</source>
        <translation>Lọc theo danh mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Tất cả danh mục</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status filter</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Click a column to sort by it; click again to reverse</source>
        <translation>Nhấp vào một cột để sắp xếp theo cột đó; nhấp lần nữa để đảo ngược thứ tự</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Chưa phân công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All open</source>
        <translation>Tất cả đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proactive</source>
        <translation>Chủ động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved today</source>
        <translation>Đã giải quyết hôm nay</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%Ln phiếu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tickets match these filters. Clear them to see more.</source>
        <translation>Không có phiếu nào khớp với bộ lọc này. Xóa bộ lọc để xem thêm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waiting here. Well done.</source>
        <translation>Không còn gì đang chờ. Làm tốt lắm.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Reply saved; it is sent when the shop is reachable.</source>
        <translation>Đã lưu câu trả lời; câu trả lời sẽ được gửi khi kết nối được với cửa hàng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal note saved.</source>
        <translation>Đã lưu ghi chú nội bộ.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n ticket(s) set to %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Đã chuyển %Ln phiếu sang trạng thái %1. Hoàn tác bằng Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to undo.</source>
        <translation>Không có gì để hoàn tác.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change undone.</source>
        <translation>Đã hoàn tác thay đổi.</translation>
    </message>
</context>
<context>
    <name>Journeys</name>
    <message>
        <location filename="../../agentdesk/ui/views/journeys.py" line="+39"/>
        <source>No stage</source>
        <translation>Chưa có giai đoạn</translation>
    </message>
</context>
<context>
    <name>JourneysView</name>
    <message>
        <location line="+12"/>
        <source>Customer journeys</source>
        <translation>Hành trình khách hàng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts by stage and category</source>
        <translation>Lượt liên hệ theo giai đoạn và danh mục</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contacts per stage</source>
        <translation>Lượt liên hệ theo giai đoạn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Friction points</source>
        <translation>Điểm vướng mắc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Friction point</source>
        <translation>Điểm vướng mắc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Lượt liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Came back</source>
        <translation>Quay lại</translation>
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
        <translation>Trọng số</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where contacts happen: stage by category</source>
        <translation>Nơi phát sinh liên hệ: giai đoạn theo danh mục</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Top friction points: what to fix in the shop (double-click for tickets)</source>
        <translation>Các điểm vướng mắc hàng đầu: những gì cần khắc phục ở cửa hàng (nhấp đúp để xem phiếu)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No customer contacts in this period. Pick a longer one.</source>
        <translation>Không có lượt liên hệ nào của khách hàng trong khoảng thời gian này. Hãy chọn khoảng thời gian dài hơn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 contacts: %2 at %3</source>
        <translation>%1 lượt liên hệ: %2 ở giai đoạn %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>with %1</source>
        <translation>qua %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <translation>tại %1</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <location filename="../../agentdesk/ui/labels.py" line="-223"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
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
        <translation>Mạng xã hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal</source>
        <translation>Cổng thông tin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late delivery</source>
        <translation>Giao hàng trễ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost parcel</source>
        <translation>Kiện hàng thất lạc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Giao sai sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Damaged</source>
        <translation>Hư hỏng</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+38"/>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+28"/>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product question</source>
        <translation>Câu hỏi về sản phẩm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browsing</source>
        <translation>Xem sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkout</source>
        <translation>Đặt hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Giao hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Đổi trả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After sales</source>
        <translation>Hậu mãi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stage</source>
        <translation>Chưa có giai đoạn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reship</source>
        <translation>Gửi lại hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued for the shop</source>
        <translation>Chờ gửi đến cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, waiting for the shop</source>
        <translation>Đã gửi, chờ cửa hàng xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by the shop</source>
        <translation>Cửa hàng đã xác nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>In transit</source>
        <translation>Đang vận chuyển</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Late</source>
        <translation>Trễ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost?</source>
        <translation>Thất lạc?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier problem</source>
        <translation>Sự cố đơn vị vận chuyển</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+28"/>
        <source>Delivered</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Delivered late</source>
        <translation>Giao trễ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Returned</source>
        <translation>Đã hoàn trả</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Label created</source>
        <translation>Đã tạo vận đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked up</source>
        <translation>Đã lấy hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At sorting hub</source>
        <translation>Tại trung tâm phân loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out for delivery</source>
        <translation>Đang giao hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported damaged</source>
        <translation>Báo hư hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address problem</source>
        <translation>Sự cố địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to sender</source>
        <translation>Đã hoàn về người gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery problem</source>
        <translation>Sự cố giao hàng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preference</source>
        <translation>Sở thích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved on the call</source>
        <translation>Đã giải quyết trong cuộc gọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up needed</source>
        <translation>Cần theo dõi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Không trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Đã chuyển cấp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shipped</source>
        <translation>Đã gửi hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Đã hoàn tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>Đang xử lý</translation>
    </message>
</context>
<context>
    <name>LibraryPicker</name>
    <message>
        <location filename="../../agentdesk/ui/views/library.py" line="+54"/>
        <source>Canned responses</source>
        <translation>Mẫu trả lời</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Knowledge base</source>
        <translation>Cơ sở kiến thức</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a response: type a word of its title or text</source>
        <translation>Tìm mẫu trả lời: nhập một từ trong tiêu đề hoặc nội dung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find an article: type a word of its title or text</source>
        <translation>Tìm bài viết: nhập một từ trong tiêu đề hoặc nội dung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the library</source>
        <translation>Tìm trong thư viện</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the text</source>
        <translation>Ngôn ngữ của nội dung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responses</source>
        <translation>Mẫu trả lời</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert</source>
        <translation>Chèn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert link</source>
        <translation>Chèn liên kết</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert text</source>
        <translation>Chèn nội dung</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Nothing matches. Try another word, or another language.</source>
        <translation>Không có kết quả phù hợp. Hãy thử từ khác hoặc ngôn ngữ khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is empty in this language.</source>
        <translation>Thư viện chưa có nội dung bằng ngôn ngữ này.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You fill in: %1</source>
        <translation>Bạn cần tự điền: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This article has no web address yet.</source>
        <translation>Bài viết này chưa có địa chỉ web.</translation>
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
        <translation>Bảng điều khiển</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Inbox</source>
        <translation>Hộp thư đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proactive</source>
        <translation>Chủ động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journeys</source>
        <translation>Hành trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Settings (Ctrl+,)</source>
        <translation>Cài đặt (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+127"/>
        <location line="+306"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Full sync (deleted records, notes written in the shop)</source>
        <translation>Đồng bộ toàn bộ (dữ liệu đã xóa, ghi chú viết trên cửa hàng)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the shop…</source>
        <translation>Kết nối với cửa hàng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the team hub…</source>
        <translation>Kết nối với hub nhóm…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>This console is for training: it shows no customers.</source>
        <translation>Giao diện này chỉ dùng để đào tạo: không hiển thị khách hàng nào.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a phone number, an e-mail address or an order number.</source>
        <translation>Hãy nhập số điện thoại, địa chỉ email hoặc mã đơn hàng.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No customer matches %1; showing the search.</source>
        <translation>Không có khách hàng nào khớp với %1; đang hiển thị phần tìm kiếm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incoming contact: %1</source>
        <translation>Liên hệ đến: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search is not available in training.</source>
        <translation>Tính năng tìm kiếm không khả dụng trong chế độ đào tạo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>● Local cache: %1 customers · %2 open tickets</source>
        <translation>● Bộ nhớ đệm cục bộ: %1 khách hàng · %2 phiếu đang mở</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo data · not connected to a shop</source>
        <translation>Dữ liệu mẫu · chưa kết nối với cửa hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working offline · no shop connected yet</source>
        <translation>Đang làm việc ngoại tuyến · chưa kết nối cửa hàng nào</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline since %1</source>
        <translation>Ngoại tuyến từ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync stopped: %1</source>
        <translation>Đồng bộ bị dừng: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date · synced at %1</source>
        <translation>Đã cập nhật · đồng bộ lúc %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln thay đổi đang chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) the shop refused</source>
        <translation>
            <numerusform>%Ln thay đổi bị cửa hàng từ chối</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team hub connected</source>
        <translation>Đã kết nối hub nhóm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team hub offline since %1</source>
        <translation>Hub nhóm ngoại tuyến từ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team hub: %1</source>
        <translation>Hub nhóm: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect…</source>
        <translation>Kết nối…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync with the shop now (F5)</source>
        <translation>Đồng bộ với cửa hàng ngay (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect AgentDesk to your shop&apos;s back end</source>
        <translation>Kết nối AgentDesk với hệ thống cửa hàng của bạn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is demo data: it is not synced with a shop.</source>
        <translation>Đây là dữ liệu mẫu: không được đồng bộ với cửa hàng nào.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sync is already running.</source>
        <translation>Quá trình đồng bộ đang diễn ra.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected. The first sync starts now.</source>
        <translation>Đã kết nối. Lần đồng bộ đầu tiên bắt đầu ngay.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to the team hub.</source>
        <translation>Đã kết nối với hub nhóm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>outgoing changes</source>
        <translation>thay đổi gửi đi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted records</source>
        <translation>dữ liệu đã xóa</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>customers</source>
        <translation>khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders</source>
        <translation>đơn hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parcels on their way</source>
        <translation>kiện hàng đang giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncing %1: %2% (%3 of %4)</source>
        <translation>Đang đồng bộ · %1: %2% (%3 trên %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>about %n s left</source>
        <translation>
            <numerusform>còn khoảng %Ln giây</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing %1: %2</source>
        <translation>Đang đồng bộ · %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync could not start: %1</source>
        <translation>Không thể bắt đầu đồng bộ: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>⏰ %n plan step(s) due</source>
        <translation>
            <numerusform>⏰ %Ln bước kế hoạch đến hạn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong: %1</source>
        <translation>Đã xảy ra lỗi: %1</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../agentdesk/ui/palette.py" line="-142"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../agentdesk/ui/period.py" line="+25"/>
        <source>Period</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>90 ngày qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Tùy chỉnh…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../agentdesk/ui/views/plans.py" line="+96"/>
        <source>Recovery plan for %1</source>
        <translation>Kế hoạch khắc phục cho %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Start from scratch</source>
        <translation>Bắt đầu từ đầu</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Goal</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>What winning this customer back means</source>
        <translation>Thế nào là lấy lại được khách hàng này</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>Plan due</source>
        <translation>Hạn hoàn thành kế hoạch</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <location line="+31"/>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add step</source>
        <translation>Thêm bước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove step</source>
        <translation>Xóa bước</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order #%1 · %2</source>
        <translation>Đơn hàng #%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Call the customer</source>
        <translation>Gọi cho khách hàng</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step %1: what to do</source>
        <translation>Bước %1: việc cần làm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: due</source>
        <translation>Bước %1: hạn chót</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1: owner</source>
        <translation>Bước %1: người phụ trách</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1: amount</source>
        <translation>Bước %1: số tiền</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Recovery plan saved.</source>
        <translation>Đã lưu kế hoạch khắc phục.</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location line="-204"/>
        <source>Call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reship</source>
        <translation>Gửi lại hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Ưu đãi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not yet bought again</source>
        <translation>Chưa mua lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bought again</source>
        <translation>Đã mua lại</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location line="+223"/>
        <source>Recovery plans</source>
        <translation>Kế hoạch khắc phục</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show plans</source>
        <translation>Hiển thị kế hoạch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open plans</source>
        <translation>Kế hoạch đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plans</source>
        <translation>Tất cả kế hoạch</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days on</source>
        <translation>Sau 30 ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps (tick when done)</source>
        <translation>Các bước (đánh dấu khi hoàn thành)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark plan done</source>
        <translation>Đánh dấu kế hoạch đã hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel plan</source>
        <translation>Hủy kế hoạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open customer</source>
        <translation>Mở hồ sơ khách hàng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Won back in 30 days</source>
        <translation>Lấy lại được trong 30 ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In 90 days</source>
        <translation>Trong 90 ngày</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No plans here yet. Open one from a ticket or a customer: “Recovery plan…” under the customer&apos;s details.</source>
        <translation>Chưa có kế hoạch nào. Hãy mở từ một phiếu hoặc một khách hàng: “Kế hoạch khắc phục…” trong phần thông tin khách hàng.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Win-back by template</source>
        <translation>Tỷ lệ lấy lại theo mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win-back by cause</source>
        <translation>Tỷ lệ lấy lại theo nguyên nhân</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n step(s) due for you</source>
        <translation>
            <numerusform>%Ln bước đến hạn cần bạn xử lý</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing due for you</source>
        <translation>Không có việc nào đến hạn</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%Ln bước quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No template</source>
        <translation>Không có mẫu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cause: %1</source>
        <translation>Nguyên nhân: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days on: %1</source>
        <translation>Sau 30 ngày: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 days on: %1</source>
        <translation>Sau 90 ngày: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next CSAT: %1</source>
        <translation>CSAT tiếp theo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next NPS: %1</source>
        <translation>NPS tiếp theo: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Plan updated.</source>
        <translation>Đã cập nhật kế hoạch.</translation>
    </message>
</context>
<context>
    <name>Proactive</name>
    <message>
        <location filename="../../agentdesk/ui/views/proactive.py" line="+57"/>
        <source>No scan for days</source>
        <translation>Nhiều ngày không có lượt quét</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier problem</source>
        <translation>Sự cố đơn vị vận chuyển</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered, customer says no</source>
        <translation>Đã giao, khách nói chưa nhận</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>We wrote</source>
        <translation>Đã liên hệ khách</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Late</source>
        <translation>Trễ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer already wrote</source>
        <translation>Khách đã liên hệ</translation>
    </message>
</context>
<context>
    <name>ProactiveView</name>
    <message>
        <location line="+92"/>
        <location line="+24"/>
        <source>Parcels at risk</source>
        <translation>Kiện hàng có rủi ro</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>What is wrong</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every risk</source>
        <translation>Mọi rủi ro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation>Đơn vị vận chuyển</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>All carriers</source>
        <translation>Tất cả đơn vị vận chuyển</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Show parcels already in touch</source>
        <translation>Hiện cả kiện hàng đã được liên hệ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to the customer</source>
        <translation>Nhắn cho khách hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a proactive ticket for each selected parcel, its message drafted in the customer&apos;s language (Ctrl+Enter)</source>
        <translation>Mở một phiếu chủ động cho mỗi kiện hàng đã chọn, kèm tin nhắn soạn sẵn bằng ngôn ngữ của khách (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select all of this carrier</source>
        <translation>Chọn tất cả của đơn vị vận chuyển này</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message to the customer</source>
        <translation>Tin nhắn gửi khách hàng</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n parcel(s) at risk</source>
        <translation>
            <numerusform>%Ln kiện hàng có rủi ro</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No parcel at risk matches these filters.</source>
        <translation>Không có kiện hàng rủi ro nào khớp với bộ lọc này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No parcels at risk right now: every parcel is on time and moving, or someone is already in touch.</source>
        <translation>Hiện không có kiện hàng rủi ro: mọi kiện hàng đều đúng hạn và đang di chuyển, hoặc đã có người liên hệ với khách.</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>and %n more parcel(s), each in its customer&apos;s language</source>
        <translation>
            <numerusform>và %Ln kiện hàng khác, mỗi kiện bằng ngôn ngữ của khách hàng tương ứng</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drafted for %1; you review it before it goes.</source>
        <translation>Bản nháp gửi %1; bạn xem lại trước khi gửi.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n proactive ticket(s) opened; each message waits as a draft to review and send.</source>
        <translation>
            <numerusform>Đã mở %Ln phiếu chủ động; mỗi tin nhắn được lưu nháp để bạn xem lại và gửi.</numerusform>
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
        <translation>Kênh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unassigned</source>
        <translation>Chưa phân công</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>First response due %1</source>
        <translation>Hạn phản hồi đầu tiên: %1</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <location filename="../../agentdesk/ui/rescue.py" line="-170"/>
        <source>The disk is full, so this was not saved; free some space and save again. Your text is still here and everything saved before is safe.</source>
        <translation>Ổ đĩa đã đầy nên nội dung này chưa được lưu; hãy giải phóng bớt dung lượng rồi lưu lại. Văn bản của bạn vẫn còn ở đây và mọi thứ đã lưu trước đó vẫn an toàn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk reported an error, so this was not saved; save again, and have the disk checked if it keeps happening. Your text is still here.</source>
        <translation>Ổ đĩa báo lỗi nên nội dung này chưa được lưu; hãy lưu lại, và cho kiểm tra ổ đĩa nếu lỗi cứ lặp lại. Văn bản của bạn vẫn còn ở đây.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache file cannot be written to, so this was not saved.</source>
        <translation>Không thể ghi vào tệp bộ nhớ đệm nên nội dung này chưa được lưu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache is busy in another program, so this was not saved; try again.</source>
        <translation>Bộ nhớ đệm đang bận trong một chương trình khác nên nội dung này chưa được lưu; hãy thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache file is damaged, so this was not saved; restart AgentDesk to rebuild it from the shop.</source>
        <translation>Tệp bộ nhớ đệm bị hỏng nên nội dung này chưa được lưu; hãy khởi động lại AgentDesk để dựng lại từ cửa hàng.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The cache was rebuilt; the damaged file is kept as %1.</source>
        <translation>Bộ nhớ đệm đã được dựng lại; tệp bị hỏng được giữ lại với tên %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes not yet sent: %1, saved to %2; they wait in the outbox.</source>
        <translation>Thay đổi chưa gửi: %1, đã lưu vào %2; chúng đang chờ trong hộp thư đi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The console now fills it from the shop.</source>
        <translation>Bảng điều khiển giờ sẽ nạp dữ liệu từ cửa hàng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shop is connected: connect one (Sync ▸ Connect to the shop…) to fill it.</source>
        <translation>Chưa kết nối cửa hàng nào: hãy kết nối một cửa hàng (Đồng bộ ▸ Kết nối với cửa hàng…) để nạp dữ liệu.</translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <location filename="../../agentdesk/ui/views/proactive.py" line="-304"/>
        <source>Urgency</source>
        <translation>Mức khẩn cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Đơn vị vận chuyển</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised</source>
        <translation>Ngày hẹn giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scan</source>
        <translation>Lần quét cuối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In touch</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2 days</source>
        <translation>%1 · %2 ngày</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>complained before</source>
        <translation>từng khiếu nại</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lifetime spend about %1 €</source>
        <translation>Tổng chi tiêu khoảng %1 €</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../agentdesk/ui/views/training.py" line="+169"/>
        <source>The customer&apos;s mood</source>
        <translation>Tâm trạng của khách</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time since the customer wrote</source>
        <translation>Thời gian từ khi khách nhắn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role-play</source>
        <translation>Nhập vai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answer</source>
        <translation>Câu trả lời của bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the customer… (Ctrl+Enter sends)</source>
        <translation>Trả lời khách… (Ctrl+Enter để gửi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>You talk to %1. %2</source>
        <translation>Bạn đang trò chuyện với %1. %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 points · %2</source>
        <translation>%1 điểm · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../agentdesk/settings.py" line="+40"/>
        <source>First-response target for phone tickets, in minutes.</source>
        <translation>Mục tiêu phản hồi đầu tiên cho phiếu qua điện thoại, tính bằng phút.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-response target for chats, in minutes.</source>
        <translation>Mục tiêu phản hồi đầu tiên cho chat, tính bằng phút.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-response target for social media messages, in minutes.</source>
        <translation>Mục tiêu phản hồi đầu tiên cho tin nhắn mạng xã hội, tính bằng phút.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First-response target for e-mails, in minutes.</source>
        <translation>Mục tiêu phản hồi đầu tiên cho email, tính bằng phút.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-response target for tickets from the web portal, in minutes.</source>
        <translation>Mục tiêu phản hồi đầu tiên cho phiếu từ cổng thông tin web, tính bằng phút.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>CSAT question, as customers read it in this language.</source>
        <translation>Câu hỏi CSAT như khách hàng đọc bằng ngôn ngữ này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the CSAT scale&apos;s ends mean, in this language.</source>
        <translation>Ý nghĩa hai đầu thang điểm CSAT, bằng ngôn ngữ này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS question (0-10), as customers read it in this language.</source>
        <translation>Câu hỏi NPS (0-10) như khách hàng đọc bằng ngôn ngữ này.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interface language (empty: follow the system).</source>
        <translation>Ngôn ngữ giao diện (để trống: theo hệ thống).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour theme (system: follow the system&apos;s light or dark mode).</source>
        <translation>Chủ đề màu (hệ thống: theo chế độ sáng hoặc tối của hệ thống).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent using this desktop (their queue is &apos;Mine&apos;).</source>
        <translation>Nhân viên đang dùng máy tính này (hàng đợi của người đó là “Của tôi”).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Share of the SLA time after which the timer turns amber.</source>
        <translation>Tỷ lệ thời gian SLA đã trôi qua trước khi đồng hồ chuyển sang màu cam.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IANA time zone the dashboard counts days in, such as Europe/Copenhagen (empty: this computer&apos;s).</source>
        <translation>Múi giờ IANA mà bảng điều khiển dùng để tính ngày, ví dụ Europe/Copenhagen (để trống: theo máy tính này).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hours after the promised time before a parcel counts as late.</source>
        <translation>Số giờ sau thời điểm hẹn giao trước khi kiện hàng bị coi là trễ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days without a carrier scan before a parcel counts as stuck.</source>
        <translation>Số ngày không có lượt quét của đơn vị vận chuyển trước khi kiện hàng bị coi là bị kẹt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Carriers that scan less often, with their own days without a scan, such as DAO=4, Egypt Post=5.</source>
        <translation>Các đơn vị vận chuyển quét thưa hơn, kèm số ngày không quét riêng của từng đơn vị, ví dụ DAO=4, Egypt Post=5.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How far back the proactive queue looks for parcels, in days.</source>
        <translation>Hàng đợi chủ động tìm kiện hàng lùi lại bao xa, tính bằng ngày.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lifetime spend (in euros, roughly) from which a customer counts as a high spender.</source>
        <translation>Tổng chi tiêu (tính bằng euro, ước chừng) mà từ đó khách hàng được coi là khách chi tiêu cao.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Training: weight of acknowledging the problem.</source>
        <translation>Đào tạo: trọng số cho việc ghi nhận vấn đề.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training: weight of empathy wording.</source>
        <translation>Đào tạo: trọng số cho lời lẽ đồng cảm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training: weight of taking ownership (I will…).</source>
        <translation>Đào tạo: trọng số cho việc nhận trách nhiệm (Em sẽ…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training: weight of a concrete next step with a time.</source>
        <translation>Đào tạo: trọng số cho bước tiếp theo cụ thể kèm thời gian.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of using the customer&apos;s name and order.</source>
        <translation>Đào tạo: trọng số cho việc gọi tên khách và nhắc đến đơn hàng.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of a kind tone (no blame, no jargon).</source>
        <translation>Đào tạo: trọng số cho giọng điệu thân thiện (không đổ lỗi, không dùng thuật ngữ chuyên môn).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of a clear answer of the right length.</source>
        <translation>Đào tạo: trọng số cho câu trả lời rõ ràng, độ dài vừa phải.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of answering quickly in a live role-play.</source>
        <translation>Đào tạo: trọng số cho việc trả lời nhanh trong buổi nhập vai trực tiếp.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address of the shop&apos;s help centre; articles link to &lt;address&gt;/&lt;language&gt;/&lt;article&gt;.</source>
        <translation>Địa chỉ trung tâm trợ giúp của cửa hàng; bài viết liên kết tới &lt;địa chỉ&gt;/&lt;ngôn ngữ&gt;/&lt;bài viết&gt;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seconds between background syncs.</source>
        <translation>Số giây giữa các lần đồng bộ chạy nền.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The shop back end to sync with (empty: work offline).</source>
        <translation>Hệ thống cửa hàng để đồng bộ (để trống: làm việc ngoại tuyến).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address of the shop&apos;s API (https://…).</source>
        <translation>Địa chỉ API của cửa hàng (https://…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For this shop only: a certificate authority file (PEM) to trust instead of the public ones, for a shop with its own or a self-signed certificate (empty: the public authorities). Each connection logs a warning while it is set.</source>
        <translation>Chỉ cho cửa hàng này: tệp chứng chỉ của tổ chức cấp chứng chỉ (CA, định dạng PEM) được tin cậy thay cho các tổ chức công khai, dành cho cửa hàng dùng chứng chỉ riêng hoặc tự ký (để trống: dùng các tổ chức công khai). Khi mục này được đặt, mỗi lần kết nối đều ghi một cảnh báo vào nhật ký.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minutes between full passes that find records deleted in the shop and notes written there.</source>
        <translation>Số phút giữa các lần đồng bộ toàn bộ để tìm dữ liệu đã bị xóa trên cửa hàng và ghi chú được viết ở đó.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days from shipping to the promised delivery, for shops that do not say.</source>
        <translation>Số ngày từ lúc gửi hàng đến ngày hẹn giao, cho các cửa hàng không cung cấp thông tin này.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team hub (PostgreSQL) this desktop shares tickets and notes through: host, port, database and your database user (the password is in the keyring). Empty: no hub.</source>
        <translation>Hub nhóm (PostgreSQL) mà máy tính này dùng để chia sẻ phiếu và ghi chú: máy chủ, cổng, cơ sở dữ liệu và tài khoản cơ sở dữ liệu của bạn (mật khẩu nằm trong kho khóa). Để trống: không dùng hub.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agentdesk/ui/settings_dialog.py" line="+66"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response targets</source>
        <translation>Mục tiêu phản hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Bảng điều khiển</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Khảo sát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proactive care</source>
        <translation>Chăm sóc chủ động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Độ tương phản cao</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A new language or theme shows as soon as you save.</source>
        <translation>Ngôn ngữ hoặc chủ đề mới hiển thị ngay khi bạn lưu.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Appearance</source>
        <translation>Giao diện</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../agentdesk/ui/shortcuts.py" line="+21"/>
        <source>Find a customer, order, ticket or note</source>
        <translation>Tìm khách hàng, đơn hàng, phiếu hoặc ghi chú</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to Inbox, Customers, Dashboard, Proactive, Journeys, Plans, Training</source>
        <translation>Chuyển đến Hộp thư đến, Khách hàng, Bảng điều khiển, Chủ động, Hành trình, Kế hoạch, Đào tạo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next / previous ticket in the queue</source>
        <translation>Phiếu tiếp theo / trước đó trong hàng đợi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move from the queue to the conversation</source>
        <translation>Chuyển từ hàng đợi sang cuộc hội thoại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the reply (or save the internal note)</source>
        <translation>Gửi trả lời (hoặc lưu ghi chú nội bộ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch between reply and internal note</source>
        <translation>Chuyển giữa trả lời và ghi chú nội bộ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insert a canned response (placeholders filled)</source>
        <translation>Chèn mẫu trả lời (đã điền sẵn các trường)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link or insert a knowledge-base article</source>
        <translation>Chèn liên kết hoặc nội dung bài viết trong cơ sở kiến thức</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the selected tickets to me</source>
        <translation>Phân công các phiếu đã chọn cho tôi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark the selected tickets solved</source>
        <translation>Đánh dấu các phiếu đã chọn là đã giải quyết</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select several tickets to change them together</source>
        <translation>Chọn nhiều phiếu để thay đổi cùng lúc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo the last ticket change (status, priority, assignee…)</source>
        <translation>Hoàn tác thay đổi gần nhất trên phiếu (trạng thái, mức ưu tiên, người phụ trách…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a call with the shown customer</source>
        <translation>Ghi nhận cuộc gọi với khách hàng đang hiển thị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this list</source>
        <translation>Hiển thị danh sách này</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Thao tác</translation>
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
        <translation>%1 giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 ngày</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../agentdesk/ui/sync.py" line="+129"/>
        <source>Another AgentDesk is syncing this cache right now; it syncs next time.</source>
        <translation>Một AgentDesk khác đang đồng bộ bộ nhớ đệm này; lần sau sẽ đồng bộ.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../agentdesk/ui/views/dashboard.py" line="-92"/>
        <source>no earlier figure</source>
        <translation>chưa có số liệu trước đó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>= previous period</source>
        <translation>= kỳ trước</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 pts</source>
        <translation>%1 điểm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vs previous period</source>
        <translation>so với kỳ trước</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../agentdesk/ui/views/training.py" line="-233"/>
        <source>Acknowledges the problem</source>
        <translation>Ghi nhận vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empathy</source>
        <translation>Đồng cảm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership</source>
        <translation>Nhận trách nhiệm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step with a time</source>
        <translation>Bước tiếp theo kèm thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal</source>
        <translation>Cá nhân hóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone</source>
        <translation>Giọng điệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear and short</source>
        <translation>Rõ ràng, ngắn gọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered quickly</source>
        <translation>Trả lời kịp thời</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You named the problem</source>
        <translation>Bạn đã nêu rõ vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what you see went wrong first</source>
        <translation>Trước hết hãy nêu điều bạn thấy đã bị sai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You showed you understand how it feels</source>
        <translation>Bạn đã cho thấy mình hiểu cảm giác của khách</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show you understand how this feels</source>
        <translation>Hãy cho thấy bạn hiểu cảm giác của khách</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You took it on yourself</source>
        <translation>Bạn đã tự nhận trách nhiệm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You took it on, but also blamed the customer or the carrier</source>
        <translation>Bạn đã nhận trách nhiệm nhưng vẫn đổ lỗi cho khách hàng hoặc đơn vị vận chuyển</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You blamed the customer or the carrier</source>
        <translation>Bạn đã đổ lỗi cho khách hàng hoặc đơn vị vận chuyển</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what you will do (I will …)</source>
        <translation>Hãy nói bạn sẽ làm gì (Em sẽ …)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A concrete next step, with when</source>
        <translation>Bước tiếp theo cụ thể, kèm thời điểm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A next step, but not when: give a time</source>
        <translation>Có bước tiếp theo nhưng chưa nói khi nào: hãy nêu thời gian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A time, but no concrete step</source>
        <translation>Có thời gian nhưng chưa có bước cụ thể</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No concrete next step</source>
        <translation>Chưa có bước tiếp theo cụ thể</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their name and their order</source>
        <translation>Tên và đơn hàng của khách</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their name; mention their order too</source>
        <translation>Có tên khách; hãy nhắc cả đơn hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their order; use their name too</source>
        <translation>Có đơn hàng; hãy gọi cả tên khách</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use their name and refer to their order</source>
        <translation>Hãy gọi tên khách và nhắc đến đơn hàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A kind tone</source>
        <translation>Giọng điệu thân thiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear and the right length</source>
        <translation>Rõ ràng, độ dài vừa phải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short to help</source>
        <translation>Quá ngắn để giúp được khách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long: keep to what matters</source>
        <translation>Quá dài: hãy tập trung vào điều quan trọng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sentence is too long to follow</source>
        <translation>Có câu quá dài, khó theo dõi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quick answer</source>
        <translation>Trả lời nhanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A slow answer</source>
        <translation>Trả lời chậm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer waited a long time</source>
        <translation>Khách đã phải chờ lâu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blame</source>
        <translation>đổ lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissive words</source>
        <translation>lời lẽ xem nhẹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jargon</source>
        <translation>thuật ngữ chuyên môn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tone: %1</source>
        <translation>Giọng điệu: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calm</source>
        <translation>Bình tĩnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening</source>
        <translation>Đang lắng nghe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annoyed</source>
        <translation>Bực mình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>Tức giận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Furious</source>
        <translation>Giận dữ</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>good</source>
        <translation>tốt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could be better</source>
        <translation>có thể tốt hơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poor</source>
        <translation>chưa tốt</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <location line="+49"/>
        <source>Language of the role-play</source>
        <translation>Ngôn ngữ của buổi nhập vai</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <location line="+109"/>
        <location line="+39"/>
        <location line="+15"/>
        <source>Trainee</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+197"/>
        <location line="+58"/>
        <source>Scenarios</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Start role-play</source>
        <translation>Bắt đầu nhập vai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scorecard</source>
        <translation>Bảng điểm</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+128"/>
        <location line="+89"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Role-play</source>
        <translation>Nhập vai</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Role-play saved to the trainee&apos;s history.</source>
        <translation>Đã lưu buổi nhập vai vào lịch sử của học viên.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer is satisfied.</source>
        <translation>Khách hàng hài lòng.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer escalated.</source>
        <translation>Khách hàng đã yêu cầu chuyển cấp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed yet</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score %1 of 100</source>
        <translation>Điểm: %1/100</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Answer %1: %2 points</source>
        <translation>Câu trả lời %1: %2 điểm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A model answer:</source>
        <translation>Câu trả lời mẫu:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Score per role-play</source>
        <translation>Điểm theo từng buổi nhập vai</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Weakest criteria</source>
        <translation>Tiêu chí yếu nhất</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Scenarios not passed yet</source>
        <translation>Tình huống chưa đạt</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+42"/>
        <source>Role-plays</source>
        <translation>Buổi nhập vai</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team&apos;s training</source>
        <translation>Đào tạo của đội ngũ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>Gần nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios passed</source>
        <translation>Tình huống đã đạt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team</source>
        <translation>Đội ngũ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language to edit</source>
        <translation>Ngôn ngữ cần chỉnh sửa</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Customer&apos;s name</source>
        <translation>Tên khách hàng</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Briefing</source>
        <translation>Bối cảnh</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The customer&apos;s lines</source>
        <translation>Lời thoại của khách</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn</source>
        <translation>Lượt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mood</source>
        <translation>Tâm trạng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer says</source>
        <translation>Khách nói</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Scenario saved.</source>
        <translation>Đã lưu tình huống.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario imported.</source>
        <translation>Đã nhập tình huống.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a scenario</source>
        <translation>Nhập tình huống</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenario exported to %1.</source>
        <translation>Đã xuất tình huống ra %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the scenario</source>
        <translation>Xuất tình huống</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalated</source>
        <translation>Đã chuyển cấp</translation>
    </message>
</context>
</TS>
