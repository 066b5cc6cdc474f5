<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Age</name>
    <message>
        <location filename="../../agentdesk/ui/labels.py" line="+218"/>
        <location line="+16"/>
        <source>%1m</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>%1d</source>
        <translation>%1 ي</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1h %2m</source>
        <translation>%1 س %2 د</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../agentdesk/ui/views/call.py" line="+51"/>
        <source>Call with %1</source>
        <translation>مكالمة مع %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call duration</source>
        <translation>مدة المكالمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call notes</source>
        <translation>ملاحظات المكالمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes while you talk…</source>
        <translation>ملاحظات أثناء المحادثة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End call and save</source>
        <translation>إنهاء المكالمة وحفظها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow up on</source>
        <translation>المتابعة في</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../agentdesk/ui/palette.py" line="+64"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, e-mail, phone, order number, ticket subject or note…</source>
        <translation>الاسم أو البريد الإلكتروني أو الهاتف أو رقم الطلب أو موضوع التذكرة أو الملاحظة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find anything</source>
        <translation>ابحث عن أي شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matches</source>
        <translation>النتائج المطابقة</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Type to find a customer, an order, a ticket or a note. Enter opens it.</source>
        <translation>اكتب للبحث عن عميل أو طلب أو تذكرة أو ملاحظة، ثم اضغط Enter لفتح النتيجة.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n match(es). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>لا توجد نتائج مطابقة.</numerusform>
            <numerusform>نتيجة واحدة. اضغط Enter لفتحها.</numerusform>
            <numerusform>نتيجتان. اضغط Enter لفتح النتيجة المحددة.</numerusform>
            <numerusform>%Ln نتائج. اضغط Enter لفتح النتيجة المحددة.</numerusform>
            <numerusform>%Ln نتيجةً. اضغط Enter لفتح النتيجة المحددة.</numerusform>
            <numerusform>%Ln نتيجة. اضغط Enter لفتح النتيجة المحددة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing matches “%1”. Try part of a name, a phone number or an order number.</source>
        <translation>لا توجد نتائج تطابق «%1». جرّب جزءًا من الاسم أو رقم الهاتف أو رقم الطلب.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../agentdesk/ui/connect_dialog.py" line="+64"/>
        <source>Connect to the shop</source>
        <translation>الاتصال بالمتجر</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Optional: only for a shop with its own certificate</source>
        <translation>اختياري: فقط لمتجر يستخدم شهادة خاصة به</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shop system</source>
        <translation>منصة المتجر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admin user</source>
        <translation>اسم مستخدم المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token</source>
        <translation>رمز الوصول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer key</source>
        <translation>مفتاح المستهلك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer secret</source>
        <translation>سر المستهلك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate authority file (PEM)</source>
        <translation>ملف جهة إصدار الشهادات (PEM)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test and connect</source>
        <translation>اختبار الاتصال والربط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect</source>
        <translation>قطع الاتصال</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>An administrator of your Vendure shop. AgentDesk keeps only the session token, in this computer&apos;s keyring, never the password.</source>
        <translation>حساب مسؤول في متجرك على Vendure. لا يحتفظ AgentDesk إلا برمز الجلسة في سلسلة المفاتيح على هذا الجهاز، ولا يحفظ كلمة المرور أبدًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An Admin API access token of a custom app with read access to customers and orders, and write access to orders and discounts.</source>
        <translation>رمز وصول إلى Admin API من تطبيق مخصص، بصلاحية قراءة العملاء والطلبات وصلاحية الكتابة على الطلبات والخصومات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A REST API key with read/write permission (WooCommerce ▸ Settings ▸ Advanced ▸ REST API).</source>
        <translation>مفتاح REST API بصلاحية القراءة والكتابة (WooCommerce ▸ الإعدادات ▸ متقدم ▸ REST API).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fill in the address and the credentials first.</source>
        <translation>أدخل العنوان وبيانات الدخول أولًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not connect: %1</source>
        <translation>تعذّر الاتصال: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected, but the token cannot be kept: this computer has no keyring service (%1). Install one (such as GNOME Keyring) or set AGENTDESK_TOKEN.</source>
        <translation>تم الاتصال، لكن تعذّر حفظ الرمز: لا توجد على هذا الجهاز خدمة لسلسلة المفاتيح (%1). ثبّت إحدى هذه الخدمات (مثل GNOME Keyring) أو اضبط المتغير AGENTDESK_TOKEN.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../agentdesk/ui/views/conversation.py" line="+61"/>
        <source>Show more (%1 characters not shown)</source>
        <translation>عرض المزيد (لم يُعرض %1 من الأحرف)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy all</source>
        <translation>نسخ الكل</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a ticket in the queue. Use j and k to move, Enter to open.</source>
        <translation>اختر تذكرة من قائمة الانتظار. استخدم المفتاحين j و k للتنقل، والمفتاح Enter للفتح.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket status</source>
        <translation>حالة التذكرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assignee</source>
        <translation>المُسنَد إليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Journey stage</source>
        <translation>مرحلة رحلة العميل</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Canned response…</source>
        <translation>رد جاهز…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a canned response (Ctrl+Shift+C)</source>
        <translation>إدراج رد جاهز (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Knowledge base…</source>
        <translation>قاعدة المعرفة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link or insert a help article (Ctrl+Shift+A)</source>
        <translation>إدراج رابط مقالة مساعدة أو نصها (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only colleagues see internal notes (Ctrl+I)</source>
        <translation>لا يرى الملاحظات الداخلية إلا الزملاء (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (me)</source>
        <translation>%1 (أنا)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Changes apply to %n selected ticket(s)</source>
        <translation>
            <numerusform>لا توجد تذاكر محددة</numerusform>
            <numerusform>تُطبَّق التغييرات على التذكرة المحددة</numerusform>
            <numerusform>تُطبَّق التغييرات على التذكرتين المحددتين</numerusform>
            <numerusform>تُطبَّق التغييرات على %Ln تذاكر محددة</numerusform>
            <numerusform>تُطبَّق التغييرات على %Ln تذكرةً محددة</numerusform>
            <numerusform>تُطبَّق التغييرات على %Ln تذكرة محددة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add internal note</source>
        <translation>إضافة ملاحظة داخلية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send reply</source>
        <translation>إرسال الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note for colleagues only…</source>
        <translation>ملاحظة للزملاء فقط…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to %1… (Ctrl+Enter sends)</source>
        <translation>الرد على %1… (اضغط Ctrl+Enter للإرسال)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fill in %1 before sending.</source>
        <translation>املأ %1 قبل الإرسال.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Fill in: %1</source>
        <translation>يلزم ملء: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Suggested: %1</source>
        <translation>مقترح: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Proactive</source>
        <translation>استباقية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same problem again</source>
        <translation>تكرار المشكلة نفسها</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The whole message is on the clipboard.</source>
        <translation>تم نسخ الرسالة كاملةً إلى الحافظة.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Internal note · %1</source>
        <translation>ملاحظة داخلية · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent</source>
        <translation>موظف الدعم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>Not sent: will retry</source>
        <translation>لم يتم الإرسال: ستتم إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved · waiting to send</source>
        <translation>تم الحفظ · بانتظار الإرسال</translation>
    </message>
</context>
<context>
    <name>Customer360</name>
    <message>
        <location filename="../../agentdesk/ui/views/customer360.py" line="+81"/>
        <source>Customer details</source>
        <translation>بيانات العميل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a ticket or search for a customer (Ctrl+K).</source>
        <translation>اختر تذكرة أو ابحث عن عميل (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline shows:</source>
        <translation>يعرض الخط الزمني:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline filter</source>
        <translation>تصفية الخط الزمني</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>كل شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel scans</source>
        <translation>عمليات مسح الطرود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>الاستبيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goodwill</source>
        <translation>التعويضات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New note about this customer</source>
        <translation>ملاحظة جديدة عن هذا العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a note about this customer…</source>
        <translation>أضف ملاحظة عن هذا العميل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note kind</source>
        <translation>نوع الملاحظة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+149"/>
        <source>Pin</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Pinned notes show at the top of every ticket</source>
        <translation>تظهر الملاحظات المثبّتة في أعلى كل تذكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a call log with a running timer (Ctrl+L)</source>
        <translation>بدء سجل مكالمة مع مؤقت يعمل (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+89"/>
        <source>Save note</source>
        <translation>حفظ الملاحظة</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Cancel edit</source>
        <translation>إلغاء التعديل</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Note changed.</source>
        <translation>تم تعديل الملاحظة.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note saved.</source>
        <translation>تم حفظ الملاحظة.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copied %1</source>
        <translation>تم نسخ %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting to send</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>معدَّلة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order #%1 · %2</source>
        <translation>الطلب #%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parcel of #%1: %2</source>
        <translation>طرد الطلب #%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call · %1</source>
        <translation>مكالمة · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow up %1</source>
        <translation>متابعة في %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 for #%2 · %3</source>
        <translation>%1 للطلب #%2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 local time</source>
        <translation>%1 بالتوقيت المحلي</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lifetime value</source>
        <translation>القيمة الإجمالية للعميل</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%Ln طلب</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%Ln طلبات</numerusform>
            <numerusform>%Ln طلبًا</numerusform>
            <numerusform>%Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of this kind yet.</source>
        <translation>لا يوجد شيء من هذا النوع بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund, reship or voucher…</source>
        <translation>استرداد المبلغ أو إعادة الشحن أو قسيمة شراء…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery plan…</source>
        <translation>خطة استعادة العميل…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click to copy</source>
        <translation>انقر للنسخ</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n older item(s) not shown</source>
        <translation>
            <numerusform>لا توجد عناصر أقدم مخفية</numerusform>
            <numerusform>عنصر واحد أقدم غير معروض</numerusform>
            <numerusform>عنصران أقدم غير معروضين</numerusform>
            <numerusform>%Ln عناصر أقدم غير معروضة</numerusform>
            <numerusform>%Ln عنصرًا أقدم غير معروض</numerusform>
            <numerusform>%Ln عنصر أقدم غير معروض</numerusform>
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
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="-265"/>
        <location line="+266"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No orders yet.</source>
        <translation>لا توجد طلبات بعد.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Same problem again: %1 within 7 days</source>
        <translation>تكرار المشكلة نفسها: %1 خلال 7 أيام</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no scan yet</source>
        <translation>لا توجد حركة تتبع بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promised %1</source>
        <translation>موعد التسليم المحدد %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>and %n more order(s)</source>
        <translation>
            <numerusform>و%Ln طلب آخر</numerusform>
            <numerusform>وطلب آخر</numerusform>
            <numerusform>وطلبان آخران</numerusform>
            <numerusform>و%Ln طلبات أخرى</numerusform>
            <numerusform>و%Ln طلبًا آخر</numerusform>
            <numerusform>و%Ln طلب آخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../agentdesk/ui/views/customers.py" line="+48"/>
        <source>Search name, e-mail, phone, order number, ticket or note</source>
        <translation>ابحث بالاسم أو البريد الإلكتروني أو الهاتف أو رقم الطلب أو التذكرة أو الملاحظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search customers</source>
        <translation>البحث عن العملاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers found</source>
        <translation>العملاء المطابقون</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Customers with the most recent tickets.</source>
        <translation>العملاء أصحاب أحدث التذاكر.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>تم العثور على %Ln عميل.</numerusform>
            <numerusform>تم العثور على عميل واحد.</numerusform>
            <numerusform>تم العثور على عميلين.</numerusform>
            <numerusform>تم العثور على %Ln عملاء.</numerusform>
            <numerusform>تم العثور على %Ln عميلًا.</numerusform>
            <numerusform>تم العثور على %Ln عميل.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer matches “%1”. Try part of a name, an e-mail, a phone number or an order number.</source>
        <translation>لا يوجد عميل يطابق «%1». جرّب جزءًا من الاسم أو البريد الإلكتروني أو رقم الهاتف أو رقم الطلب.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../agentdesk/ui/rescue.py" line="+69"/>
        <location line="+1"/>
        <location line="+147"/>
        <source>The cache is damaged</source>
        <translation>ملف التخزين المحلي تالف</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>AgentDesk can rebuild it from the shop: the changes not yet sent are saved to a file beside it first and sent afterwards, and the damaged file is kept.</source>
        <translation>يستطيع AgentDesk إعادة بنائه من المتجر: تُحفظ التغييرات التي لم تُرسل بعد في ملف بجانبه أولًا ثم تُرسل لاحقًا، ويُحتفظ بالملف التالف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update AgentDesk to open this cache, or open another one.</source>
        <translation>حدّث AgentDesk لفتح ملف التخزين هذا، أو افتح ملفًا آخر.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rebuild from the shop</source>
        <translation>إعادة البناء من المتجر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another…</source>
        <translation>فتح ملف آخر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open another cache</source>
        <translation>فتح ملف تخزين آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AgentDesk caches (*.sqlite);;All files (*)</source>
        <translation>ملفات تخزين AgentDesk (*.sqlite);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../agentdesk/ui/views/dashboard.py" line="+74"/>
        <source>Tickets solved</source>
        <translation>التذاكر المحلولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First reply (median)</source>
        <translation>الرد الأول (الوسيط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (median)</source>
        <translation>وقت الحل (الوسيط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved in one reply</source>
        <translation>حُلّت برد واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came back, same problem</source>
        <translation>عادوا بالمشكلة نفسها</translation>
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
        <translation>التذاكر المُنشأة</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location line="+521"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>جميع القنوات</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>All agents</source>
        <translation>جميع الموظفين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>جميع الفئات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts as PNG…</source>
        <translation>الرسوم البيانية بصيغة PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report as PDF…</source>
        <translation>التقرير بصيغة PDF…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Working…</source>
        <translation>جارٍ المعالجة…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tickets created and solved</source>
        <translation>التذاكر المُنشأة والمحلولة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First reply, median (minutes)</source>
        <translation>الرد الأول، الوسيط (بالدقائق)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Busiest hours (customer messages)</source>
        <translation>ساعات الذروة (رسائل العملاء)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top complaint categories</source>
        <translation>أكثر فئات الشكاوى تكرارًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long replies and resolutions take</source>
        <translation>المدة التي يستغرقها الرد والحل</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+36"/>
        <source>Agents</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+180"/>
        <source>Created</source>
        <translation>المُنشأة</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+180"/>
        <source>Solved</source>
        <translation>المحلولة</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+291"/>
        <source>First reply</source>
        <translation>الرد الأول</translation>
    </message>
    <message>
        <location line="-290"/>
        <location line="+291"/>
        <source>Resolution</source>
        <translation>وقت الحل</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>One reply</source>
        <translation>رد واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Updated %1</source>
        <translation>آخر تحديث: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No tickets in this period with these filters. Clear a filter or pick a longer period.</source>
        <translation>لا توجد تذاكر في هذه الفترة بعوامل التصفية هذه. امسح أحد عوامل التصفية أو اختر فترة أطول.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tickets in this period yet. Pick a longer period.</source>
        <translation>لا توجد تذاكر في هذه الفترة بعد. اختر فترة أطول.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 tickets created from %2 to %3.</source>
        <translation>التذاكر المُنشأة من %2 إلى %3: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of them proactive: the team wrote first.</source>
        <translation>
            <numerusform>ليس بينها أي تذكرة استباقية (يبدأ فيها الفريق بالمراسلة).</numerusform>
            <numerusform>منها تذكرة واحدة استباقية: بدأ فيها الفريق بالمراسلة.</numerusform>
            <numerusform>منها تذكرتان استباقيتان: بدأ فيها الفريق بالمراسلة.</numerusform>
            <numerusform>منها %Ln تذاكر استباقية: بدأ فيها الفريق بالمراسلة.</numerusform>
            <numerusform>منها %Ln تذكرةً استباقية: بدأ فيها الفريق بالمراسلة.</numerusform>
            <numerusform>منها %Ln تذكرة استباقية: بدأ فيها الفريق بالمراسلة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tickets solved from %2 to %3.</source>
        <translation>التذاكر المحلولة من %2 إلى %3: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Median time from a customer&apos;s ticket to the first public reply: %1, over %n ticket(s) created in the period that got one.</source>
        <translation>
            <numerusform>الوقت الوسيط من فتح العميل للتذكرة حتى أول رد علني: %1، ولم تتلقَّ أي تذكرة أُنشئت في الفترة ردًا.</numerusform>
            <numerusform>الوقت الوسيط من فتح العميل للتذكرة حتى أول رد علني: %1، محسوبًا على تذكرة واحدة أُنشئت في الفترة وتلقت ردًا.</numerusform>
            <numerusform>الوقت الوسيط من فتح العميل للتذكرة حتى أول رد علني: %1، محسوبًا على تذكرتين أُنشئتا في الفترة وتلقتا ردًا.</numerusform>
            <numerusform>الوقت الوسيط من فتح العميل للتذكرة حتى أول رد علني: %1، محسوبًا على %Ln تذاكر أُنشئت في الفترة وتلقت ردًا.</numerusform>
            <numerusform>الوقت الوسيط من فتح العميل للتذكرة حتى أول رد علني: %1، محسوبًا على %Ln تذكرةً أُنشئت في الفترة وتلقت ردًا.</numerusform>
            <numerusform>الوقت الوسيط من فتح العميل للتذكرة حتى أول رد علني: %1، محسوبًا على %Ln تذكرة أُنشئت في الفترة وتلقت ردًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Median time from opening to solving: %1, over %n ticket(s) solved in the period.</source>
        <translation>
            <numerusform>الوقت الوسيط من فتح التذكرة حتى حلّها: %1، ولم تُحَلّ أي تذكرة في الفترة.</numerusform>
            <numerusform>الوقت الوسيط من فتح التذكرة حتى حلّها: %1، محسوبًا على تذكرة واحدة حُلّت في الفترة.</numerusform>
            <numerusform>الوقت الوسيط من فتح التذكرة حتى حلّها: %1، محسوبًا على تذكرتين حُلّتا في الفترة.</numerusform>
            <numerusform>الوقت الوسيط من فتح التذكرة حتى حلّها: %1، محسوبًا على %Ln تذاكر حُلّت في الفترة.</numerusform>
            <numerusform>الوقت الوسيط من فتح التذكرة حتى حلّها: %1، محسوبًا على %Ln تذكرةً حُلّت في الفترة.</numerusform>
            <numerusform>الوقت الوسيط من فتح التذكرة حتى حلّها: %1، محسوبًا على %Ln تذكرة حُلّت في الفترة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 = %2 of %3 solved tickets needed exactly one public reply.</source>
        <translation>%1 = %2 من أصل %3 من التذاكر المحلولة احتاجت إلى رد علني واحد بالضبط.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 = %2 of %3 customer contacts came back within 7 days about the same category.</source>
        <translation>%1 = %2 من أصل %3 من تواصلات العملاء عاد أصحابها خلال 7 أيام بشأن الفئة نفسها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSAT %1 = %2 of %3 ratings of 4-5.</source>
        <translation>CSAT %1 = %2 من أصل %3 من التقييمات بدرجة 4-5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NPS: no answers in this period.</source>
        <translation>NPS: لا توجد إجابات في هذه الفترة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NPS %1 = %2 promoters (9-10) minus %3 detractors (0-6), of %4 answers.</source>
        <translation>NPS %1 = %2 من المروّجين (9-10) ناقص %3 من المنتقدين (0-6)، من أصل %4 من الإجابات.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asked: “%1”</source>
        <translation>السؤال: «%1»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Created, previous period</source>
        <translation>المُنشأة، الفترة السابقة</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>target %1</source>
        <translation>الهدف %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Click a cell to see its tickets.</source>
        <translation>انقر على خلية لعرض تذاكرها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Busiest: %1 %2:00 with %3 messages. </source>
        <translation>الأكثر ازدحامًا: %1 الساعة %2:00 بعدد %3 من الرسائل. </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1+</source>
        <translation>%1 فأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; %1</source>
        <translation>أقل من %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tickets of %1</source>
        <translation>تذاكر %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tickets created %1</source>
        <translation>التذاكر المُنشأة في %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers writing on %1 at %2:00</source>
        <translation>العملاء الذين يراسلون يوم %1 الساعة %2:00</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the numbers</source>
        <translation>تصدير الأرقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the charts</source>
        <translation>حفظ الرسوم البيانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>AgentDesk report</source>
        <translation>تقرير AgentDesk</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <location line="-815"/>
        <source>Tickets behind the figure</source>
        <translation>التذاكر وراء هذا الرقم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>المُسنَد إليه</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%Ln تذكرة</numerusform>
            <numerusform>تذكرة واحدة</numerusform>
            <numerusform>تذكرتان</numerusform>
            <numerusform>%Ln تذاكر</numerusform>
            <numerusform>%Ln تذكرةً</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest %1 of %2 tickets</source>
        <translation>أحدث %1 من أصل %2 من التذاكر</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
</context>
<context>
    <name>GoodwillDialog</name>
    <message>
        <location filename="../../agentdesk/ui/views/goodwill.py" line="+48"/>
        <source>Goodwill for order %1</source>
        <translation>تعويض للطلب %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 · %2</source>
        <translation>الطلب %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to offer</source>
        <translation>نوع التعويض</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Why: for the shop and for colleagues who read this order later</source>
        <translation>سبب التعويض: للمتجر وللزملاء الذين سيطّلعون على هذا الطلب لاحقًا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Propose</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>At most %1 is left to refund on this order.</source>
        <translation>الحد الأقصى المتبقي للاسترداد في هذا الطلب: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A voucher for the customer&apos;s next order.</source>
        <translation>قسيمة شراء يستخدمها العميل في طلبه القادم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop sends the same items again, at no cost.</source>
        <translation>يعيد المتجر إرسال المنتجات نفسها دون أي تكلفة.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 queued for the shop.</source>
        <translation>تم تسجيل %1 وسيُرسَل إلى المتجر.</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <location filename="../../agentdesk/ui/rescue.py" line="+46"/>
        <source>Not saved</source>
        <translation>لم يتم الحفظ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep working</source>
        <translation>متابعة العمل</translation>
    </message>
</context>
<context>
    <name>HubController</name>
    <message>
        <location filename="../../agentdesk/ui/hub_sync.py" line="+98"/>
        <source>Ticket “%1” was already taken by %2.</source>
        <translation>سبق أن تولّى %2 التذكرة «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket “%1” was changed first by %2; your change was not applied.</source>
        <translation>عدّل %2 التذكرة «%1» قبلك؛ لم يُطبَّق تغييرك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note was changed first by %2; your change was not applied.</source>
        <translation>عدّل %2 الملاحظة قبلك؛ لم يُطبَّق تغييرك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague&apos;s change came first (%2); yours was not applied.</source>
        <translation>سبقك تغيير أحد الزملاء (%2)؛ لم يُطبَّق تغييرك.</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <location filename="../../agentdesk/ui/hub_dialog.py" line="+64"/>
        <source>Connect to the team hub</source>
        <translation>الاتصال بمركز الفريق</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Require an encrypted connection (TLS)</source>
        <translation>اشتراط اتصال مشفّر (TLS)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your database user</source>
        <translation>مستخدم قاعدة البيانات الخاص بك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your team lead adds you to the hub and gives you your database user. The password stays in this computer&apos;s keyring.</source>
        <translation>يضيفك قائد فريقك إلى المركز ويزوّدك بمستخدم قاعدة البيانات الخاص بك. وتبقى كلمة المرور في سلسلة المفاتيح على هذا الجهاز.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test and connect</source>
        <translation>اختبار الاتصال والربط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect</source>
        <translation>قطع الاتصال</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fill in the server, the database and your user first.</source>
        <translation>أدخل الخادم وقاعدة البيانات واسم المستخدم أولًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Could not connect: %1</source>
        <translation>تعذّر الاتصال: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connected, but the password cannot be kept: this computer has no keyring service (%1). Install one (such as GNOME Keyring) or set AGENTDESK_HUB_PASSWORD.</source>
        <translation>تم الاتصال، لكن تعذّر حفظ كلمة المرور: لا توجد على هذا الجهاز خدمة لسلسلة المفاتيح (%1). ثبّت إحدى هذه الخدمات (مثل GNOME Keyring) أو اضبط المتغير AGENTDESK_HUB_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../agentdesk/ui/views/inbox.py" line="+201"/>
        <source>Queues</source>
        <translation>قوائم الانتظار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel filter</source>
        <translation>تصفية حسب القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>جميع القنوات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category filter</source>
        <translation>تصفية حسب الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>جميع الفئات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status filter</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Click a column to sort by it; click again to reverse</source>
        <translation>انقر على عمود للفرز حسبه، وانقر مرة أخرى لعكس الترتيب</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Mine</source>
        <translation>تذاكري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>غير المُسندة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All open</source>
        <translation>كل المفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proactive</source>
        <translation>الاستباقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved today</source>
        <translation>المحلولة اليوم</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%Ln تذكرة</numerusform>
            <numerusform>تذكرة واحدة</numerusform>
            <numerusform>تذكرتان</numerusform>
            <numerusform>%Ln تذاكر</numerusform>
            <numerusform>%Ln تذكرةً</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tickets match these filters. Clear them to see more.</source>
        <translation>لا توجد تذاكر تطابق عوامل التصفية هذه. امسحها لعرض المزيد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waiting here. Well done.</source>
        <translation>لا يوجد شيء بانتظارك هنا. أحسنت.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Reply saved; it is sent when the shop is reachable.</source>
        <translation>تم حفظ الرد، وسيُرسَل عند توفّر الاتصال بالمتجر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal note saved.</source>
        <translation>تم حفظ الملاحظة الداخلية.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n ticket(s) set to %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>تم تغيير حالة %Ln تذكرة إلى «%1». للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم تغيير حالة تذكرة واحدة إلى «%1». للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم تغيير حالة تذكرتين إلى «%1». للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم تغيير حالة %Ln تذاكر إلى «%1». للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم تغيير حالة %Ln تذكرةً إلى «%1». للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم تغيير حالة %Ln تذكرة إلى «%1». للتراجع اضغط Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to undo.</source>
        <translation>لا يوجد ما يمكن التراجع عنه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change undone.</source>
        <translation>تم التراجع عن التغيير.</translation>
    </message>
</context>
<context>
    <name>Journeys</name>
    <message>
        <location filename="../../agentdesk/ui/views/journeys.py" line="+39"/>
        <source>No stage</source>
        <translation>بلا مرحلة</translation>
    </message>
</context>
<context>
    <name>JourneysView</name>
    <message>
        <location line="+12"/>
        <source>Customer journeys</source>
        <translation>رحلات العملاء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts by stage and category</source>
        <translation>التواصلات حسب المرحلة والفئة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contacts per stage</source>
        <translation>التواصلات في كل مرحلة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Friction points</source>
        <translation>نقاط الاحتكاك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Friction point</source>
        <translation>نقطة الاحتكاك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>التواصلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Came back</source>
        <translation>عادوا مجددًا</translation>
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
        <translation>الوزن</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where contacts happen: stage by category</source>
        <translation>أين يحدث التواصل: المرحلة حسب الفئة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Top friction points: what to fix in the shop (double-click for tickets)</source>
        <translation>أبرز نقاط الاحتكاك: ما يجب إصلاحه في المتجر (انقر نقرًا مزدوجًا لعرض التذاكر)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Working…</source>
        <translation>جارٍ المعالجة…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No customer contacts in this period. Pick a longer one.</source>
        <translation>لا توجد تواصلات من العملاء في هذه الفترة. اختر فترة أطول.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 contacts: %2 at %3</source>
        <translation>%1 من التواصلات: %2 في مرحلة %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>with %1</source>
        <translation>لدى %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <translation>في %1</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <location filename="../../agentdesk/ui/labels.py" line="-223"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>التواصل الاجتماعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal</source>
        <translation>البوابة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late delivery</source>
        <translation>تأخر التوصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost parcel</source>
        <translation>طرد مفقود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>منتج خاطئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+38"/>
        <source>Refund</source>
        <translation>استرداد المبلغ</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+28"/>
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product question</source>
        <translation>استفسار عن منتج</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browsing</source>
        <translation>التصفح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkout</source>
        <translation>إتمام الشراء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>التوصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>الإرجاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After sales</source>
        <translation>ما بعد البيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stage</source>
        <translation>بلا مرحلة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reship</source>
        <translation>إعادة الشحن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>قسيمة شراء</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued for the shop</source>
        <translation>بانتظار الإرسال إلى المتجر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, waiting for the shop</source>
        <translation>أُرسل، بانتظار رد المتجر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by the shop</source>
        <translation>أكّده المتجر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>In transit</source>
        <translation>في الطريق</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost?</source>
        <translation>مفقود؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier problem</source>
        <translation>مشكلة لدى شركة الشحن</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+28"/>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Delivered late</source>
        <translation>تم التسليم متأخرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Returned</source>
        <translation>مُرتجع</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Label created</source>
        <translation>تم إنشاء ملصق الشحن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked up</source>
        <translation>تم استلام الشحنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At sorting hub</source>
        <translation>في مركز الفرز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out for delivery</source>
        <translation>خرج للتوصيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported damaged</source>
        <translation>تم الإبلاغ عن تلف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address problem</source>
        <translation>مشكلة في العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to sender</source>
        <translation>أُعيد إلى المرسل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery problem</source>
        <translation>مشكلة في التوصيل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal</source>
        <translation>شخصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preference</source>
        <translation>تفضيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved on the call</source>
        <translation>حُلّت أثناء المكالمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up needed</source>
        <translation>تحتاج إلى متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>لا يوجد رد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>تم التصعيد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shipped</source>
        <translation>تم الشحن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>تم الاسترداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>قيد المعالجة</translation>
    </message>
</context>
<context>
    <name>LibraryPicker</name>
    <message>
        <location filename="../../agentdesk/ui/views/library.py" line="+54"/>
        <source>Canned responses</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Knowledge base</source>
        <translation>قاعدة المعرفة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a response: type a word of its title or text</source>
        <translation>ابحث عن رد: اكتب كلمة من عنوانه أو نصه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find an article: type a word of its title or text</source>
        <translation>ابحث عن مقالة: اكتب كلمة من عنوانها أو نصها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the text</source>
        <translation>لغة النص</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responses</source>
        <translation>الردود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert link</source>
        <translation>إدراج الرابط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert text</source>
        <translation>إدراج النص</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Nothing matches. Try another word, or another language.</source>
        <translation>لا توجد نتائج مطابقة. جرّب كلمة أخرى أو لغة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is empty in this language.</source>
        <translation>لا يوجد محتوى في المكتبة بهذه اللغة.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You fill in: %1</source>
        <translation>عليك ملء: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This article has no web address yet.</source>
        <translation>لا يوجد رابط ويب لهذه المقالة بعد.</translation>
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
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Inbox</source>
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proactive</source>
        <translation>استباقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journeys</source>
        <translation>الرحلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>الخطط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+2"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Settings (Ctrl+,)</source>
        <translation>الإعدادات (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+127"/>
        <location line="+306"/>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Full sync (deleted records, notes written in the shop)</source>
        <translation>مزامنة كاملة (السجلات المحذوفة والملاحظات المكتوبة في المتجر)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the shop…</source>
        <translation>الاتصال بالمتجر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the team hub…</source>
        <translation>الاتصال بمركز الفريق…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>This console is for training: it shows no customers.</source>
        <translation>هذه الواجهة مخصصة للتدريب: لا تُعرض فيها بيانات العملاء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a phone number, an e-mail address or an order number.</source>
        <translation>أدخل رقم هاتف أو عنوان بريد إلكتروني أو رقم طلب.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No customer matches %1; showing the search.</source>
        <translation>لا يوجد عميل يطابق %1؛ تُعرض نتائج البحث بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incoming contact: %1</source>
        <translation>تواصل وارد: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Settings saved.</source>
        <translation>تم حفظ الإعدادات.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search is not available in training.</source>
        <translation>البحث غير متاح في وضع التدريب.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>● Local cache: %1 customers · %2 open tickets</source>
        <translation>● التخزين المحلي: %1 من العملاء · %2 من التذاكر المفتوحة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo data · not connected to a shop</source>
        <translation>بيانات تجريبية · غير متصل بمتجر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working offline · no shop connected yet</source>
        <translation>العمل دون اتصال · لم يتم ربط أي متجر بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline since %1</source>
        <translation>غير متصل منذ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync stopped: %1</source>
        <translation>توقفت المزامنة: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date · synced at %1</source>
        <translation>البيانات محدَّثة · آخر مزامنة في %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln تغيير بانتظار الإرسال</numerusform>
            <numerusform>تغيير واحد بانتظار الإرسال</numerusform>
            <numerusform>تغييران بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغييرات بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغييرًا بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغيير بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) the shop refused</source>
        <translation>
            <numerusform>%Ln تغيير رفضه المتجر</numerusform>
            <numerusform>تغيير واحد رفضه المتجر</numerusform>
            <numerusform>تغييران رفضهما المتجر</numerusform>
            <numerusform>%Ln تغييرات رفضها المتجر</numerusform>
            <numerusform>%Ln تغييرًا رفضها المتجر</numerusform>
            <numerusform>%Ln تغيير رفضها المتجر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team hub connected</source>
        <translation>مركز الفريق متصل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team hub offline since %1</source>
        <translation>مركز الفريق غير متصل منذ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team hub: %1</source>
        <translation>مركز الفريق: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect…</source>
        <translation>ربط المتجر…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync with the shop now (F5)</source>
        <translation>المزامنة مع المتجر الآن (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect AgentDesk to your shop&apos;s back end</source>
        <translation>ربط AgentDesk بنظام متجرك</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is demo data: it is not synced with a shop.</source>
        <translation>هذه بيانات تجريبية: لا تتم مزامنتها مع أي متجر.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sync is already running.</source>
        <translation>المزامنة جارية بالفعل.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected. The first sync starts now.</source>
        <translation>تم الاتصال. تبدأ المزامنة الأولى الآن.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to the team hub.</source>
        <translation>تم الاتصال بمركز الفريق.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>outgoing changes</source>
        <translation>التغييرات الصادرة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted records</source>
        <translation>السجلات المحذوفة</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parcels on their way</source>
        <translation>الطرود قيد التوصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncing %1: %2% (%3 of %4)</source>
        <translation>جارٍ المزامنة · %1: %2٪ (%3 من %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>about %n s left</source>
        <translation>
            <numerusform>يتبقى حوالي %Ln ثانية</numerusform>
            <numerusform>يتبقى حوالي ثانية واحدة</numerusform>
            <numerusform>يتبقى حوالي ثانيتين</numerusform>
            <numerusform>يتبقى حوالي %Ln ثوانٍ</numerusform>
            <numerusform>يتبقى حوالي %Ln ثانيةً</numerusform>
            <numerusform>يتبقى حوالي %Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing %1: %2</source>
        <translation>جارٍ المزامنة · %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync could not start: %1</source>
        <translation>تعذّر بدء المزامنة: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>⏰ %n plan step(s) due</source>
        <translation>
            <numerusform>⏰ لا توجد خطوات مستحقة في الخطط</numerusform>
            <numerusform>⏰ خطوة واحدة مستحقة في الخطط</numerusform>
            <numerusform>⏰ خطوتان مستحقتان في الخطط</numerusform>
            <numerusform>⏰ %Ln خطوات مستحقة في الخطط</numerusform>
            <numerusform>⏰ %Ln خطوةً مستحقة في الخطط</numerusform>
            <numerusform>⏰ %Ln خطوة مستحقة في الخطط</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working…</source>
        <translation>جارٍ المعالجة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong: %1</source>
        <translation>حدث خطأ: %1</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../agentdesk/ui/palette.py" line="-142"/>
        <source>Customer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>طلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>تذكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../agentdesk/ui/period.py" line="+25"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>آخر 90 يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>فترة مخصصة…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../agentdesk/ui/views/plans.py" line="+96"/>
        <source>Recovery plan for %1</source>
        <translation>خطة استعادة العميل: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Start from scratch</source>
        <translation>البدء من الصفر</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>What winning this customer back means</source>
        <translation>ماذا تعني استعادة هذا العميل</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>Plan due</source>
        <translation>موعد استحقاق الخطة</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>موعد الاستحقاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <location line="+31"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add step</source>
        <translation>إضافة خطوة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove step</source>
        <translation>إزالة الخطوة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order #%1 · %2</source>
        <translation>الطلب #%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Call the customer</source>
        <translation>الاتصال بالعميل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step %1: what to do</source>
        <translation>الخطوة %1: ما يجب فعله</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: due</source>
        <translation>الخطوة %1: الموعد النهائي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1: owner</source>
        <translation>الخطوة %1: المسؤول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1: amount</source>
        <translation>الخطوة %1: المبلغ</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Recovery plan saved.</source>
        <translation>تم حفظ خطة الاستعادة.</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location line="-204"/>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>استرداد المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reship</source>
        <translation>إعادة الشحن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>قسيمة شراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not yet bought again</source>
        <translation>لم يشترِ مجددًا بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bought again</source>
        <translation>اشترى مجددًا</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location line="+223"/>
        <source>Recovery plans</source>
        <translation>خطط استعادة العملاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show plans</source>
        <translation>عرض الخطط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open plans</source>
        <translation>الخطط المفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>المكتملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>الملغاة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plans</source>
        <translation>جميع الخطط</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Plans</source>
        <translation>الخطط</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days on</source>
        <translation>بعد 30 يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps (tick when done)</source>
        <translation>الخطوات (ضع علامة عند الإنجاز)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark plan done</source>
        <translation>تعيين الخطة كمكتملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel plan</source>
        <translation>إلغاء الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open customer</source>
        <translation>فتح بيانات العميل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Won back in 30 days</source>
        <translation>الاستعادة خلال 30 يومًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In 90 days</source>
        <translation>خلال 90 يومًا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No plans here yet. Open one from a ticket or a customer: “Recovery plan…” under the customer&apos;s details.</source>
        <translation>لا توجد خطط هنا بعد. افتح خطة من تذكرة أو من عميل: «خطة استعادة العميل…» ضمن بيانات العميل.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Win-back by template</source>
        <translation>الاستعادة حسب القالب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win-back by cause</source>
        <translation>الاستعادة حسب السبب</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n step(s) due for you</source>
        <translation>
            <numerusform>لا توجد خطوات مستحقة عليك</numerusform>
            <numerusform>خطوة واحدة مستحقة عليك</numerusform>
            <numerusform>خطوتان مستحقتان عليك</numerusform>
            <numerusform>%Ln خطوات مستحقة عليك</numerusform>
            <numerusform>%Ln خطوةً مستحقة عليك</numerusform>
            <numerusform>%Ln خطوة مستحقة عليك</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing due for you</source>
        <translation>لا شيء مستحق عليك</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>لا توجد خطوات متأخرة</numerusform>
            <numerusform>خطوة واحدة متأخرة</numerusform>
            <numerusform>خطوتان متأخرتان</numerusform>
            <numerusform>%Ln خطوات متأخرة</numerusform>
            <numerusform>%Ln خطوةً متأخرة</numerusform>
            <numerusform>%Ln خطوة متأخرة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No template</source>
        <translation>بلا قالب</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cause: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days on: %1</source>
        <translation>بعد 30 يومًا: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 days on: %1</source>
        <translation>بعد 90 يومًا: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next CSAT: %1</source>
        <translation>CSAT التالي: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next NPS: %1</source>
        <translation>NPS التالي: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due %1</source>
        <translation>مستحقة في %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Plan updated.</source>
        <translation>تم تحديث الخطة.</translation>
    </message>
</context>
<context>
    <name>Proactive</name>
    <message>
        <location filename="../../agentdesk/ui/views/proactive.py" line="+57"/>
        <source>No scan for days</source>
        <translation>لا حركة تتبع منذ أيام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier problem</source>
        <translation>مشكلة لدى شركة الشحن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered, customer says no</source>
        <translation>تم التسليم، والعميل ينفي الاستلام</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>We wrote</source>
        <translation>راسلنا العميل</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer already wrote</source>
        <translation>كتب العميل بالفعل</translation>
    </message>
</context>
<context>
    <name>ProactiveView</name>
    <message>
        <location line="+92"/>
        <location line="+24"/>
        <source>Parcels at risk</source>
        <translation>الطرود المعرّضة للخطر</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>What is wrong</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every risk</source>
        <translation>جميع المخاطر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>All carriers</source>
        <translation>جميع شركات الشحن</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Show parcels already in touch</source>
        <translation>إظهار الطرود التي يجري التواصل بشأنها بالفعل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to the customer</source>
        <translation>مراسلة العميل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a proactive ticket for each selected parcel, its message drafted in the customer&apos;s language (Ctrl+Enter)</source>
        <translation>فتح تذكرة استباقية لكل طرد محدد، مع مسودة رسالة بلغة العميل (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select all of this carrier</source>
        <translation>تحديد كل طرود شركة الشحن هذه</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message to the customer</source>
        <translation>الرسالة إلى العميل</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Working…</source>
        <translation>جارٍ المعالجة…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n parcel(s) at risk</source>
        <translation>
            <numerusform>لا توجد طرود معرّضة للخطر</numerusform>
            <numerusform>طرد واحد معرّض للخطر</numerusform>
            <numerusform>طردان معرّضان للخطر</numerusform>
            <numerusform>%Ln طرود معرّضة للخطر</numerusform>
            <numerusform>%Ln طردًا معرّضًا للخطر</numerusform>
            <numerusform>%Ln طرد معرّض للخطر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No parcel at risk matches these filters.</source>
        <translation>لا توجد طرود معرّضة للخطر تطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No parcels at risk right now: every parcel is on time and moving, or someone is already in touch.</source>
        <translation>لا توجد طرود معرّضة للخطر حاليًا: كل الطرود في موعدها وتتحرك، أو أن أحدًا يتواصل مع العميل بالفعل.</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>and %n more parcel(s), each in its customer&apos;s language</source>
        <translation>
            <numerusform>و%Ln طرد آخر، كلٌّ بلغة عميله</numerusform>
            <numerusform>وطرد آخر بلغة عميله</numerusform>
            <numerusform>وطردان آخران، كلٌّ بلغة عميله</numerusform>
            <numerusform>و%Ln طرود أخرى، كلٌّ بلغة عميله</numerusform>
            <numerusform>و%Ln طردًا آخر، كلٌّ بلغة عميله</numerusform>
            <numerusform>و%Ln طرد آخر، كلٌّ بلغة عميله</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drafted for %1; you review it before it goes.</source>
        <translation>مسودة إلى %1؛ ستراجعها قبل إرسالها.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n proactive ticket(s) opened; each message waits as a draft to review and send.</source>
        <translation>
            <numerusform>لم تُفتح أي تذكرة استباقية.</numerusform>
            <numerusform>تم فتح تذكرة استباقية واحدة؛ رسالتها محفوظة كمسودة بانتظار مراجعتها وإرسالها.</numerusform>
            <numerusform>تم فتح تذكرتين استباقيتين؛ كل رسالة محفوظة كمسودة بانتظار مراجعتها وإرسالها.</numerusform>
            <numerusform>تم فتح %Ln تذاكر استباقية؛ كل رسالة محفوظة كمسودة بانتظار مراجعتها وإرسالها.</numerusform>
            <numerusform>تم فتح %Ln تذكرةً استباقية؛ كل رسالة محفوظة كمسودة بانتظار مراجعتها وإرسالها.</numerusform>
            <numerusform>تم فتح %Ln تذكرة استباقية؛ كل رسالة محفوظة كمسودة بانتظار مراجعتها وإرسالها.</numerusform>
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
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>المُسنَد إليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>First response due %1</source>
        <translation>موعد الرد الأول: %1</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <location filename="../../agentdesk/ui/rescue.py" line="-170"/>
        <source>The disk is full, so this was not saved; free some space and save again. Your text is still here and everything saved before is safe.</source>
        <translation>القرص ممتلئ، لذلك لم يُحفظ هذا؛ وفّر بعض المساحة ثم احفظ مرة أخرى. نصّك ما زال هنا، وكل ما حُفظ من قبل في أمان.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk reported an error, so this was not saved; save again, and have the disk checked if it keeps happening. Your text is still here.</source>
        <translation>أبلغ القرص عن خطأ، لذلك لم يُحفظ هذا؛ احفظ مرة أخرى، واطلب فحص القرص إذا تكرر ذلك. نصّك ما زال هنا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache file cannot be written to, so this was not saved.</source>
        <translation>لا يمكن الكتابة في ملف التخزين المحلي، لذلك لم يُحفظ هذا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache is busy in another program, so this was not saved; try again.</source>
        <translation>ملف التخزين المحلي مشغول في برنامج آخر، لذلك لم يُحفظ هذا؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache file is damaged, so this was not saved; restart AgentDesk to rebuild it from the shop.</source>
        <translation>ملف التخزين المحلي تالف، لذلك لم يُحفظ هذا؛ أعد تشغيل AgentDesk لإعادة بنائه من المتجر.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The cache was rebuilt; the damaged file is kept as %1.</source>
        <translation>أُعيد بناء ملف التخزين المحلي؛ وحُفظ الملف التالف باسم %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes not yet sent: %1, saved to %2; they wait in the outbox.</source>
        <translation>تغييرات لم تُرسل بعد: %1، حُفظت في %2؛ وهي تنتظر في صندوق الصادر.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The console now fills it from the shop.</source>
        <translation>تملؤه وحدة التحكم الآن من المتجر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shop is connected: connect one (Sync ▸ Connect to the shop…) to fill it.</source>
        <translation>لا يوجد متجر متصل: اتصل بمتجر (المزامنة ▸ الاتصال بالمتجر…) لملئه.</translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <location filename="../../agentdesk/ui/views/proactive.py" line="-304"/>
        <source>Urgency</source>
        <translation>درجة الإلحاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised</source>
        <translation>موعد التسليم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scan</source>
        <translation>آخر حركة تتبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In touch</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2 days</source>
        <translation>%1 · %2 يوم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>complained before</source>
        <translation>اشتكى من قبل</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lifetime spend about %1 €</source>
        <translation>إجمالي الإنفاق نحو %1 €</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../agentdesk/ui/views/training.py" line="+169"/>
        <source>The customer&apos;s mood</source>
        <translation>مزاج العميل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time since the customer wrote</source>
        <translation>الوقت منذ آخر رسالة من العميل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role-play</source>
        <translation>لعب الأدوار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answer</source>
        <translation>ردّك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the customer… (Ctrl+Enter sends)</source>
        <translation>الرد على العميل… (اضغط Ctrl+Enter للإرسال)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>ردّ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>You talk to %1. %2</source>
        <translation>أنت تتحدث مع %1. %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 points · %2</source>
        <translation>%1 نقطة · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../agentdesk/settings.py" line="+40"/>
        <source>First-response target for phone tickets, in minutes.</source>
        <translation>الهدف الزمني للرد الأول على تذاكر الهاتف، بالدقائق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-response target for chats, in minutes.</source>
        <translation>الهدف الزمني للرد الأول على الدردشات، بالدقائق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-response target for social media messages, in minutes.</source>
        <translation>الهدف الزمني للرد الأول على رسائل وسائل التواصل الاجتماعي، بالدقائق.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First-response target for e-mails, in minutes.</source>
        <translation>الهدف الزمني للرد الأول على رسائل البريد الإلكتروني، بالدقائق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-response target for tickets from the web portal, in minutes.</source>
        <translation>الهدف الزمني للرد الأول على التذاكر الواردة من بوابة الويب، بالدقائق.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>CSAT question, as customers read it in this language.</source>
        <translation>سؤال CSAT كما يقرؤه العملاء بهذه اللغة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the CSAT scale&apos;s ends mean, in this language.</source>
        <translation>معنى طرفَي مقياس CSAT بهذه اللغة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS question (0-10), as customers read it in this language.</source>
        <translation>سؤال NPS (0-10) كما يقرؤه العملاء بهذه اللغة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interface language (empty: follow the system).</source>
        <translation>لغة الواجهة (اتركها فارغة لاتباع لغة النظام).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour theme (system: follow the system&apos;s light or dark mode).</source>
        <translation>سمة الألوان (النظام: اتّباع الوضع الفاتح أو الداكن في النظام).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent using this desktop (their queue is &apos;Mine&apos;).</source>
        <translation>الموظف الذي يستخدم هذا الجهاز (قائمة انتظاره هي «تذاكري»).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Share of the SLA time after which the timer turns amber.</source>
        <translation>نسبة وقت SLA التي يتحول بعدها المؤقت إلى اللون البرتقالي.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IANA time zone the dashboard counts days in, such as Europe/Copenhagen (empty: this computer&apos;s).</source>
        <translation>المنطقة الزمنية بصيغة IANA التي تحتسب بها لوحة المعلومات الأيام، مثل Europe/Copenhagen (اتركها فارغة لاستخدام منطقة هذا الجهاز).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hours after the promised time before a parcel counts as late.</source>
        <translation>عدد الساعات بعد الموعد المحدد قبل أن يُعدّ الطرد متأخرًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days without a carrier scan before a parcel counts as stuck.</source>
        <translation>عدد الأيام دون حركة تتبع من شركة الشحن قبل أن يُعدّ الطرد متعثرًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Carriers that scan less often, with their own days without a scan, such as DAO=4, Egypt Post=5.</source>
        <translation>شركات الشحن التي تسجّل حركات التتبع بوتيرة أقل، مع عدد أيام خاص بكل منها دون حركة تتبع، مثل DAO=4, Egypt Post=5.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How far back the proactive queue looks for parcels, in days.</source>
        <translation>إلى أي مدى في الماضي تبحث قائمة الانتظار الاستباقية عن الطرود، بالأيام.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lifetime spend (in euros, roughly) from which a customer counts as a high spender.</source>
        <translation>إجمالي الإنفاق (باليورو تقريبًا) الذي يُعدّ العميل بعده من كبار المنفقين.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Training: weight of acknowledging the problem.</source>
        <translation>التدريب: وزن الإقرار بالمشكلة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training: weight of empathy wording.</source>
        <translation>التدريب: وزن عبارات التعاطف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training: weight of taking ownership (I will…).</source>
        <translation>التدريب: وزن تحمّل المسؤولية (سأقوم بـ…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training: weight of a concrete next step with a time.</source>
        <translation>التدريب: وزن الخطوة التالية المحددة ذات الموعد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of using the customer&apos;s name and order.</source>
        <translation>التدريب: وزن استخدام اسم العميل وطلبه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of a kind tone (no blame, no jargon).</source>
        <translation>التدريب: وزن النبرة اللطيفة (دون لوم أو مصطلحات تقنية).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of a clear answer of the right length.</source>
        <translation>التدريب: وزن الرد الواضح ذي الطول المناسب.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of answering quickly in a live role-play.</source>
        <translation>التدريب: وزن سرعة الرد في جلسة لعب أدوار مباشرة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address of the shop&apos;s help centre; articles link to &lt;address&gt;/&lt;language&gt;/&lt;article&gt;.</source>
        <translation>عنوان مركز المساعدة في المتجر؛ تُربط المقالات بالصيغة &lt;العنوان&gt;/&lt;اللغة&gt;/&lt;المقالة&gt;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seconds between background syncs.</source>
        <translation>عدد الثواني بين عمليات المزامنة في الخلفية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The shop back end to sync with (empty: work offline).</source>
        <translation>نظام المتجر الذي تتم المزامنة معه (اتركه فارغًا للعمل دون اتصال).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address of the shop&apos;s API (https://…).</source>
        <translation>عنوان واجهة API الخاصة بالمتجر (https://…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For this shop only: a certificate authority file (PEM) to trust instead of the public ones, for a shop with its own or a self-signed certificate (empty: the public authorities). Each connection logs a warning while it is set.</source>
        <translation>لهذا المتجر فقط: ملف جهة إصدار شهادات (PEM) يُوثق به بدلًا من الجهات العامة، لمتجر يستخدم شهادة خاصة به أو شهادة موقّعة ذاتيًا (اتركه فارغًا لاعتماد الجهات العامة). ويُسجَّل تحذير مع كل اتصال ما دام هذا الإعداد مضبوطًا.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minutes between full passes that find records deleted in the shop and notes written there.</source>
        <translation>عدد الدقائق بين عمليات المزامنة الكاملة التي تكشف السجلات المحذوفة من المتجر والملاحظات المكتوبة فيه.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days from shipping to the promised delivery, for shops that do not say.</source>
        <translation>عدد الأيام من الشحن حتى موعد التسليم المحدد، للمتاجر التي لا تحدده.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team hub (PostgreSQL) this desktop shares tickets and notes through: host, port, database and your database user (the password is in the keyring). Empty: no hub.</source>
        <translation>مركز الفريق (PostgreSQL) الذي يشارك هذا الجهاز من خلاله التذاكر والملاحظات: الخادم والمنفذ وقاعدة البيانات ومستخدم قاعدة البيانات الخاص بك (كلمة المرور محفوظة في سلسلة المفاتيح). اتركه فارغًا للعمل دون مركز.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agentdesk/ui/settings_dialog.py" line="+66"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response targets</source>
        <translation>أهداف الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>الاستبيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proactive care</source>
        <translation>الرعاية الاستباقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A new language or theme shows as soon as you save.</source>
        <translation>تظهر اللغة أو السمة الجديدة فور الحفظ.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../agentdesk/ui/shortcuts.py" line="+21"/>
        <source>Find a customer, order, ticket or note</source>
        <translation>البحث عن عميل أو طلب أو تذكرة أو ملاحظة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to Inbox, Customers, Dashboard, Proactive, Journeys, Plans, Training</source>
        <translation>الانتقال إلى صندوق الوارد، العملاء، لوحة المعلومات، الاستباقية، الرحلات، الخطط، التدريب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next / previous ticket in the queue</source>
        <translation>التذكرة التالية / السابقة في قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move from the queue to the conversation</source>
        <translation>الانتقال من قائمة الانتظار إلى المحادثة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the reply (or save the internal note)</source>
        <translation>إرسال الرد (أو حفظ الملاحظة الداخلية)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch between reply and internal note</source>
        <translation>التبديل بين الرد والملاحظة الداخلية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insert a canned response (placeholders filled)</source>
        <translation>إدراج رد جاهز (مع ملء الحقول المتغيرة)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link or insert a knowledge-base article</source>
        <translation>إدراج رابط مقالة من قاعدة المعرفة أو نصها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the selected tickets to me</source>
        <translation>إسناد التذاكر المحددة إليّ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark the selected tickets solved</source>
        <translation>تعيين التذاكر المحددة كمحلولة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select several tickets to change them together</source>
        <translation>تحديد عدة تذاكر لتغييرها معًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo the last ticket change (status, priority, assignee…)</source>
        <translation>التراجع عن آخر تغيير في تذكرة (الحالة، الأولوية، المُسنَد إليه…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a call with the shown customer</source>
        <translation>تسجيل مكالمة مع العميل المعروض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this list</source>
        <translation>عرض هذه القائمة</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
</context>
<context>
    <name>Span</name>
    <message>
        <location filename="../../agentdesk/ui/labels.py" line="+143"/>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 ي</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../agentdesk/ui/sync.py" line="+129"/>
        <source>Another AgentDesk is syncing this cache right now; it syncs next time.</source>
        <translation>نسخة أخرى من AgentDesk تزامن ملف التخزين هذا الآن؛ ستتم المزامنة في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../agentdesk/ui/views/dashboard.py" line="-92"/>
        <source>no earlier figure</source>
        <translation>لا يوجد رقم سابق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>= previous period</source>
        <translation>مساوٍ للفترة السابقة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 pts</source>
        <translation>%1 نقطة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vs previous period</source>
        <translation>مقارنةً بالفترة السابقة</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../agentdesk/ui/views/training.py" line="-233"/>
        <source>Acknowledges the problem</source>
        <translation>الإقرار بالمشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empathy</source>
        <translation>التعاطف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership</source>
        <translation>تحمّل المسؤولية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step with a time</source>
        <translation>خطوة تالية بموعد محدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal</source>
        <translation>لمسة شخصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone</source>
        <translation>النبرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear and short</source>
        <translation>واضح وموجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered quickly</source>
        <translation>سرعة الرد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You named the problem</source>
        <translation>ذكرت المشكلة بوضوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what you see went wrong first</source>
        <translation>ابدأ بذكر ما تراه قد حدث من خطأ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You showed you understand how it feels</source>
        <translation>أظهرت أنك تتفهم شعور العميل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show you understand how this feels</source>
        <translation>أظهر أنك تتفهم شعور العميل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You took it on yourself</source>
        <translation>تحمّلت المسؤولية بنفسك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You took it on, but also blamed the customer or the carrier</source>
        <translation>تحمّلت المسؤولية، لكنك ألقيت اللوم أيضًا على العميل أو شركة الشحن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You blamed the customer or the carrier</source>
        <translation>ألقيت اللوم على العميل أو شركة الشحن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what you will do (I will …)</source>
        <translation>قل ما ستفعله (سأقوم بـ…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A concrete next step, with when</source>
        <translation>خطوة تالية محددة مع موعدها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A next step, but not when: give a time</source>
        <translation>خطوة تالية بلا موعد: حدّد وقتًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A time, but no concrete step</source>
        <translation>موعد بلا خطوة محددة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No concrete next step</source>
        <translation>لا توجد خطوة تالية محددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their name and their order</source>
        <translation>اسم العميل وطلبه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their name; mention their order too</source>
        <translation>اسم العميل؛ اذكر طلبه أيضًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their order; use their name too</source>
        <translation>طلب العميل؛ استخدم اسمه أيضًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use their name and refer to their order</source>
        <translation>استخدم اسم العميل وأشر إلى طلبه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A kind tone</source>
        <translation>نبرة لطيفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear and the right length</source>
        <translation>واضح وبطول مناسب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short to help</source>
        <translation>قصير جدًا فلا يفيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long: keep to what matters</source>
        <translation>طويل جدًا: التزم بما يهم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sentence is too long to follow</source>
        <translation>إحدى الجمل أطول من أن تُتابَع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quick answer</source>
        <translation>رد سريع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A slow answer</source>
        <translation>رد بطيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer waited a long time</source>
        <translation>انتظر العميل طويلًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blame</source>
        <translation>اللوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissive words</source>
        <translation>كلمات مستخِفّة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jargon</source>
        <translation>مصطلحات تقنية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tone: %1</source>
        <translation>النبرة: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calm</source>
        <translation>هادئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening</source>
        <translation>منصت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annoyed</source>
        <translation>منزعج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>غاضب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Furious</source>
        <translation>ثائر</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could be better</source>
        <translation>يمكن تحسينه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poor</source>
        <translation>ضعيف</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <location line="+49"/>
        <source>Language of the role-play</source>
        <translation>لغة لعب الأدوار</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <location line="+109"/>
        <location line="+39"/>
        <location line="+15"/>
        <source>Trainee</source>
        <translation>المتدرّب</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+197"/>
        <location line="+58"/>
        <source>Scenarios</source>
        <translation>السيناريوهات</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Start role-play</source>
        <translation>بدء لعب الأدوار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scorecard</source>
        <translation>بطاقة التقييم</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+128"/>
        <location line="+89"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Role-play</source>
        <translation>لعب الأدوار</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Role-play saved to the trainee&apos;s history.</source>
        <translation>تم حفظ جلسة لعب الأدوار في سجل المتدرّب.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer is satisfied.</source>
        <translation>العميل راضٍ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer escalated.</source>
        <translation>صعّد العميل المشكلة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed yet</source>
        <translation>لم يُجتَز بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score %1 of 100</source>
        <translation>الدرجة %1 من 100</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Answer %1: %2 points</source>
        <translation>الرد %1: %2 نقطة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A model answer:</source>
        <translation>رد نموذجي:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Score per role-play</source>
        <translation>الدرجة في كل جلسة</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Weakest criteria</source>
        <translation>أضعف المعايير</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Scenarios not passed yet</source>
        <translation>سيناريوهات لم تُجتَز بعد</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+42"/>
        <source>Role-plays</source>
        <translation>جلسات لعب الأدوار</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team&apos;s training</source>
        <translation>تدريب الفريق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>الأخيرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios passed</source>
        <translation>السيناريوهات المُجتازة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language to edit</source>
        <translation>اللغة المراد تحريرها</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Customer&apos;s name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Briefing</source>
        <translation>ملخص الموقف</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The customer&apos;s lines</source>
        <translation>عبارات العميل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mood</source>
        <translation>المزاج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer says</source>
        <translation>يقول العميل</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Scenario saved.</source>
        <translation>تم حفظ السيناريو.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1.</source>
        <translation>تعذّرت قراءة %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario imported.</source>
        <translation>تم استيراد السيناريو.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a scenario</source>
        <translation>استيراد سيناريو</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenario exported to %1.</source>
        <translation>تم تصدير السيناريو إلى %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the scenario</source>
        <translation>تصدير السيناريو</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Satisfied</source>
        <translation>راضٍ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalated</source>
        <translation>تم التصعيد</translation>
    </message>
</context>
</TS>
