<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommandPalette</name>
    <message numerus="yes">
        <source>%n match(es). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%n match. Enter opens the highlighted one.</numerusform>
            <numerusform>%n matches. Enter opens the highlighted one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message numerus="yes">
        <source>Changes apply to %n selected ticket(s)</source>
        <translation>
            <numerusform>Changes apply to %n selected ticket</numerusform>
            <numerusform>Changes apply to %n selected tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Customer360</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more order(s)</source>
        <translation>
            <numerusform>and %n more order</numerusform>
            <numerusform>and %n more orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older item(s) not shown</source>
        <translation>
            <numerusform>%n older item not shown</numerusform>
            <numerusform>%n older items not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n customer found.</numerusform>
            <numerusform>%n customers found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n of them proactive: the team wrote first.</source>
        <translation>
            <numerusform>%n of them proactive: the team wrote first.</numerusform>
            <numerusform>%n of them proactive: the team wrote first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median time from a customer's ticket to the first public reply: %1, over %n ticket(s) created in the period that got one.</source>
        <translation>
            <numerusform>Median time from a customer's ticket to the first public reply: %1, over %n ticket created in the period that got one.</numerusform>
            <numerusform>Median time from a customer's ticket to the first public reply: %1, over %n tickets created in the period that got one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median time from opening to solving: %1, over %n ticket(s) solved in the period.</source>
        <translation>
            <numerusform>Median time from opening to solving: %1, over %n ticket solved in the period.</numerusform>
            <numerusform>Median time from opening to solving: %1, over %n tickets solved in the period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) set to %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n ticket set to %1. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n tickets set to %1. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the shop refused</source>
        <translation>
            <numerusform>%n change the shop refused</numerusform>
            <numerusform>%n changes the shop refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⏰ %n plan step(s) due</source>
        <translation>
            <numerusform>⏰ %n plan step due</numerusform>
            <numerusform>⏰ %n plan steps due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message numerus="yes">
        <source>%n step(s) due for you</source>
        <translation>
            <numerusform>%n step due for you</numerusform>
            <numerusform>%n steps due for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%n step overdue</numerusform>
            <numerusform>%n steps overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProactiveView</name>
    <message numerus="yes">
        <source>%n parcel(s) at risk</source>
        <translation>
            <numerusform>%n parcel at risk</numerusform>
            <numerusform>%n parcels at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more parcel(s), each in its customer's language</source>
        <translation>
            <numerusform>and %n more parcel, each in its customer's language</numerusform>
            <numerusform>and %n more parcels, each in its customer's language</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proactive ticket(s) opened; each message waits as a draft to review and send.</source>
        <translation>
            <numerusform>%n proactive ticket opened; each message waits as a draft to review and send.</numerusform>
            <numerusform>%n proactive tickets opened; each message waits as a draft to review and send.</numerusform>
        </translation>
    </message>
</context>
</TS>