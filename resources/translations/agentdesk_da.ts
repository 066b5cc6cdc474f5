<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Age</name>
    <message>
        <location filename="../../agentdesk/ui/labels.py" line="+218"/>
        <location line="+16"/>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>%1d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1h %2m</source>
        <translation>%1 t %2 min</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../agentdesk/ui/views/call.py" line="+51"/>
        <source>Call with %1</source>
        <translation>Opkald med %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call duration</source>
        <translation>Opkaldets varighed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call notes</source>
        <translation>Noter til opkaldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes while you talk…</source>
        <translation>Noter mens I taler…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Follow-up date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End call and save</source>
        <translation>Afslut opkald og gem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow up on</source>
        <translation>Følg op den</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../agentdesk/ui/palette.py" line="+64"/>
        <source>Find</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, e-mail, phone, order number, ticket subject or note…</source>
        <translation>Navn, e-mail, telefon, ordrenummer, sagsemne eller note…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find anything</source>
        <translation>Søg efter hvad som helst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matches</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Type to find a customer, an order, a ticket or a note. Enter opens it.</source>
        <translation>Skriv for at finde en kunde, en ordre, en sag eller en note. Enter åbner den.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n match(es). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%Ln resultat. Enter åbner det markerede.</numerusform>
            <numerusform>%Ln resultater. Enter åbner det markerede.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing matches “%1”. Try part of a name, a phone number or an order number.</source>
        <translation>Intet matcher »%1«. Prøv med en del af et navn, et telefonnummer eller et ordrenummer.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../agentdesk/ui/connect_dialog.py" line="+64"/>
        <source>Connect to the shop</source>
        <translation>Opret forbindelse til webshoppen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Optional: only for a shop with its own certificate</source>
        <translation>Valgfrit: kun til en webshop med sit eget certifikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shop system</source>
        <translation>Webshopsystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admin user</source>
        <translation>Administratorbruger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token</source>
        <translation>Adgangstoken</translation>
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
        <translation>CA-certifikatfil (PEM)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test and connect</source>
        <translation>Test og opret forbindelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect</source>
        <translation>Afbryd forbindelse</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>An administrator of your Vendure shop. AgentDesk keeps only the session token, in this computer&apos;s keyring, never the password.</source>
        <translation>En administrator i din Vendure-webshop. AgentDesk gemmer kun sessionstokenet i computerens nøglering – aldrig adgangskoden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An Admin API access token of a custom app with read access to customers and orders, and write access to orders and discounts.</source>
        <translation>Et Admin API-adgangstoken fra en tilpasset app med læseadgang til kunder og ordrer og skriveadgang til ordrer og rabatter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A REST API key with read/write permission (WooCommerce ▸ Settings ▸ Advanced ▸ REST API).</source>
        <translation>En REST API-nøgle med læse- og skriverettigheder (WooCommerce ▸ Indstillinger ▸ Avanceret ▸ REST API).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fill in the address and the credentials first.</source>
        <translation>Udfyld først adressen og loginoplysningerne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Opretter forbindelse…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not connect: %1</source>
        <translation>Kunne ikke oprette forbindelse: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected, but the token cannot be kept: this computer has no keyring service (%1). Install one (such as GNOME Keyring) or set AGENTDESK_TOKEN.</source>
        <translation>Forbindelsen virker, men tokenet kan ikke gemmes: computeren har ingen nøgleringstjeneste (%1). Installér en (f.eks. GNOME Keyring), eller angiv AGENTDESK_TOKEN.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../agentdesk/ui/views/conversation.py" line="+61"/>
        <source>Show more (%1 characters not shown)</source>
        <translation>Vis mere (%1 tegn vises ikke)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy all</source>
        <translation>Kopiér alt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a ticket in the queue. Use j and k to move, Enter to open.</source>
        <translation>Vælg en sag i køen. Brug j og k til at navigere og Enter til at åbne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket status</source>
        <translation>Sagsstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Journey stage</source>
        <translation>Fase i kunderejsen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Canned response…</source>
        <translation>Standardsvar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a canned response (Ctrl+Shift+C)</source>
        <translation>Indsæt et standardsvar (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Knowledge base…</source>
        <translation>Vidensbase…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link or insert a help article (Ctrl+Shift+A)</source>
        <translation>Link til eller indsæt en hjælpeartikel (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal note</source>
        <translation>Intern note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only colleagues see internal notes (Ctrl+I)</source>
        <translation>Kun kolleger kan se interne noter (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (me)</source>
        <translation>%1 (mig)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Changes apply to %n selected ticket(s)</source>
        <translation>
            <numerusform>Ændringer gælder for %Ln valgt sag</numerusform>
            <numerusform>Ændringer gælder for %Ln valgte sager</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add internal note</source>
        <translation>Tilføj intern note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send reply</source>
        <translation>Send svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note for colleagues only…</source>
        <translation>Note kun til kolleger…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to %1… (Ctrl+Enter sends)</source>
        <translation>Svar til %1… (Ctrl+Enter sender)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fill in %1 before sending.</source>
        <translation>Udfyld %1, før du sender.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Fill in: %1</source>
        <translation>Skal udfyldes: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Suggested: %1</source>
        <translation>Forslag: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Proactive</source>
        <translation>Proaktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order %1</source>
        <translation>ordre %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same problem again</source>
        <translation>Samme problem igen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The whole message is on the clipboard.</source>
        <translation>Hele beskeden er kopieret til udklipsholderen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Internal note · %1</source>
        <translation>Intern note · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>Not sent: will retry</source>
        <translation>Ikke sendt: prøver igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved · waiting to send</source>
        <translation>Gemt · venter på at blive sendt</translation>
    </message>
</context>
<context>
    <name>Customer360</name>
    <message>
        <location filename="../../agentdesk/ui/views/customer360.py" line="+81"/>
        <source>Customer details</source>
        <translation>Kundeoplysninger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a ticket or search for a customer (Ctrl+K).</source>
        <translation>Vælg en sag, eller søg efter en kunde (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline shows:</source>
        <translation>Tidslinjen viser:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline filter</source>
        <translation>Filter for tidslinje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel scans</source>
        <translation>Pakkescanninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>Sager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Beskeder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Undersøgelser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goodwill</source>
        <translation>Kompensation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New note about this customer</source>
        <translation>Ny note om denne kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a note about this customer…</source>
        <translation>Tilføj en note om denne kunde…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note kind</source>
        <translation>Notetype</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+149"/>
        <source>Pin</source>
        <translation>Fastgør</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Pinned notes show at the top of every ticket</source>
        <translation>Fastgjorte noter vises øverst i hver sag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log call</source>
        <translation>Log opkald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a call log with a running timer (Ctrl+L)</source>
        <translation>Start en opkaldslog med kørende ur (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+89"/>
        <source>Save note</source>
        <translation>Gem note</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Cancel edit</source>
        <translation>Annuller redigering</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Note changed.</source>
        <translation>Noten er ændret.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note saved.</source>
        <translation>Noten er gemt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save changes</source>
        <translation>Gem ændringer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copied %1</source>
        <translation>Kopieret: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unpin</source>
        <translation>Frigør</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting to send</source>
        <translation>venter på at blive sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>redigeret</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order #%1 · %2</source>
        <translation>Ordre #%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parcel of #%1: %2</source>
        <translation>Pakke til #%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal note</source>
        <translation>Intern note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call · %1</source>
        <translation>Opkald · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow up %1</source>
        <translation>følg op %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 for #%2 · %3</source>
        <translation>%1 for #%2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 local time</source>
        <translation>%1 lokal tid</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lifetime value</source>
        <translation>Livstidsværdi</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%Ln ordre</numerusform>
            <numerusform>%Ln ordrer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of this kind yet.</source>
        <translation>Intet af denne slags endnu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund, reship or voucher…</source>
        <translation>Refusion, genforsendelse eller tilgodebevis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery plan…</source>
        <translation>Genopretningsplan…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click to copy</source>
        <translation>Klik for at kopiere</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n older item(s) not shown</source>
        <translation>
            <numerusform>%Ln ældre punkt vises ikke</numerusform>
            <numerusform>%Ln ældre punkter vises ikke</numerusform>
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
        <translation>Ordrer</translation>
    </message>
    <message>
        <location line="-265"/>
        <location line="+266"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No orders yet.</source>
        <translation>Ingen ordrer endnu.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Same problem again: %1 within 7 days</source>
        <translation>Samme problem igen: %1 inden for 7 dage</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no scan yet</source>
        <translation>ingen scanning endnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promised %1</source>
        <translation>lovet til %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>and %n more order(s)</source>
        <translation>
            <numerusform>og %Ln ordre mere</numerusform>
            <numerusform>og %Ln ordrer mere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../agentdesk/ui/views/customers.py" line="+48"/>
        <source>Search name, e-mail, phone, order number, ticket or note</source>
        <translation>Søg på navn, e-mail, telefon, ordrenummer, sag eller note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search customers</source>
        <translation>Søg efter kunder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers found</source>
        <translation>Fundne kunder</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Customers with the most recent tickets.</source>
        <translation>Kunder med de seneste sager.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%Ln kunde fundet.</numerusform>
            <numerusform>%Ln kunder fundet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer matches “%1”. Try part of a name, an e-mail, a phone number or an order number.</source>
        <translation>Ingen kunder matcher »%1«. Prøv med en del af et navn, en e-mail, et telefonnummer eller et ordrenummer.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../agentdesk/ui/rescue.py" line="+69"/>
        <location line="+1"/>
        <location line="+147"/>
        <source>The cache is damaged</source>
        <translation>Cachen er beskadiget</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>AgentDesk can rebuild it from the shop: the changes not yet sent are saved to a file beside it first and sent afterwards, and the damaged file is kept.</source>
        <translation>AgentDesk kan genopbygge den fra webshoppen: ændringer, der endnu ikke er sendt, gemmes først i en fil ved siden af og sendes bagefter, og den beskadigede fil bevares.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update AgentDesk to open this cache, or open another one.</source>
        <translation>Opdatér AgentDesk for at åbne denne cache, eller åbn en anden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rebuild from the shop</source>
        <translation>Genopbyg fra webshoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another…</source>
        <translation>Åbn en anden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open another cache</source>
        <translation>Åbn en anden cache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AgentDesk caches (*.sqlite);;All files (*)</source>
        <translation>AgentDesk-cacher (*.sqlite);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../agentdesk/ui/views/dashboard.py" line="+74"/>
        <source>Tickets solved</source>
        <translation>Løste sager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First reply (median)</source>
        <translation>Første svar (median)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (median)</source>
        <translation>Løsningstid (median)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved in one reply</source>
        <translation>Løst med ét svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came back, same problem</source>
        <translation>Kom igen med samme problem</translation>
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
        <translation>Oprettede sager</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location line="+521"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <source>Agent</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>All agents</source>
        <translation>Alle medarbejdere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Eksportér CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts as PNG…</source>
        <translation>Diagrammer som PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report as PDF…</source>
        <translation>Rapport som PDF…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Working…</source>
        <translation>Arbejder…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tickets created and solved</source>
        <translation>Oprettede og løste sager</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First reply, median (minutes)</source>
        <translation>Første svar, median (minutter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Busiest hours (customer messages)</source>
        <translation>Travleste timer (beskeder fra kunder)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top complaint categories</source>
        <translation>Hyppigste klagekategorier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long replies and resolutions take</source>
        <translation>Tid til svar og løsning</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+36"/>
        <source>Agents</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+180"/>
        <source>Created</source>
        <translation>Oprettede</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+180"/>
        <source>Solved</source>
        <translation>Løste</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+291"/>
        <source>First reply</source>
        <translation>Første svar</translation>
    </message>
    <message>
        <location line="-290"/>
        <location line="+291"/>
        <source>Resolution</source>
        <translation>Løsningstid</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>One reply</source>
        <translation>Ét svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Updated %1</source>
        <translation>Opdateret kl. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No tickets in this period with these filters. Clear a filter or pick a longer period.</source>
        <translation>Ingen sager i denne periode med disse filtre. Ryd et filter, eller vælg en længere periode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tickets in this period yet. Pick a longer period.</source>
        <translation>Ingen sager i denne periode endnu. Vælg en længere periode.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 tickets created from %2 to %3.</source>
        <translation>%1 sager oprettet fra %2 til %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of them proactive: the team wrote first.</source>
        <translation>
            <numerusform>Heraf %Ln proaktiv: teamet skrev først.</numerusform>
            <numerusform>Heraf %Ln proaktive: teamet skrev først.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tickets solved from %2 to %3.</source>
        <translation>%1 sager løst fra %2 til %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Median time from a customer&apos;s ticket to the first public reply: %1, over %n ticket(s) created in the period that got one.</source>
        <translation>
            <numerusform>Mediantid fra kundens henvendelse til første offentlige svar: %1, ud fra %Ln sag oprettet i perioden, som har fået svar.</numerusform>
            <numerusform>Mediantid fra kundens henvendelse til første offentlige svar: %1, ud fra %Ln sager oprettet i perioden, som har fået svar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Median time from opening to solving: %1, over %n ticket(s) solved in the period.</source>
        <translation>
            <numerusform>Mediantid fra oprettelse til løsning: %1, ud fra %Ln sag løst i perioden.</numerusform>
            <numerusform>Mediantid fra oprettelse til løsning: %1, ud fra %Ln sager løst i perioden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 = %2 of %3 solved tickets needed exactly one public reply.</source>
        <translation>%1 = %2 af %3 løste sager krævede præcis ét offentligt svar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 = %2 of %3 customer contacts came back within 7 days about the same category.</source>
        <translation>%1 = i %2 af %3 kundehenvendelser kom kunden igen inden for 7 dage om samme kategori.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSAT %1 = %2 of %3 ratings of 4-5.</source>
        <translation>CSAT %1 = %2 af %3 bedømmelser på 4-5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NPS: no answers in this period.</source>
        <translation>NPS: ingen svar i denne periode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NPS %1 = %2 promoters (9-10) minus %3 detractors (0-6), of %4 answers.</source>
        <translation>NPS %1 = %2 ambassadører (9-10) minus %3 kritikere (0-6), ud af %4 svar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asked: “%1”</source>
        <translation>Spørgsmål: »%1«</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Created, previous period</source>
        <translation>Oprettede, forrige periode</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>target %1</source>
        <translation>mål %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Click a cell to see its tickets.</source>
        <translation>Klik på en celle for at se dens sager.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Busiest: %1 %2:00 with %3 messages. </source>
        <translation>Travlest: %1 kl. %2:00 med %3 beskeder. </translation>
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
        <translation>Sager for %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tickets created %1</source>
        <translation>Sager oprettet %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers writing on %1 at %2:00</source>
        <translation>Kunder, der skriver %1 kl. %2:00</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the numbers</source>
        <translation>Eksportér tallene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the charts</source>
        <translation>Gem diagrammerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report</source>
        <translation>Gem rapporten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>AgentDesk report</source>
        <translation>AgentDesk-rapport</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <location line="-815"/>
        <source>Tickets behind the figure</source>
        <translation>Sagerne bag tallet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%Ln sag</numerusform>
            <numerusform>%Ln sager</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest %1 of %2 tickets</source>
        <translation>De nyeste %1 af %2 sager</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
</context>
<context>
    <name>GoodwillDialog</name>
    <message>
        <location filename="../../agentdesk/ui/views/goodwill.py" line="+48"/>
        <source>Goodwill for order %1</source>
        <translation>Kompensation for ordre %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 · %2</source>
        <translation>Ordre %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to offer</source>
        <translation>Hvad der skal tilbydes</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Why: for the shop and for colleagues who read this order later</source>
        <translation>Hvorfor: til webshoppen og til kolleger, der læser ordren senere</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Propose</source>
        <translation>Foreslå</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>At most %1 is left to refund on this order.</source>
        <translation>Der kan højst refunderes %1 mere på denne ordre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A voucher for the customer&apos;s next order.</source>
        <translation>Et tilgodebevis til kundens næste ordre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop sends the same items again, at no cost.</source>
        <translation>Webshoppen sender de samme varer igen uden beregning.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 queued for the shop.</source>
        <translation>%1 er sat i kø til webshoppen.</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <location filename="../../agentdesk/ui/rescue.py" line="+46"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep working</source>
        <translation>Arbejd videre</translation>
    </message>
</context>
<context>
    <name>HubController</name>
    <message>
        <location filename="../../agentdesk/ui/hub_sync.py" line="+98"/>
        <source>Ticket “%1” was already taken by %2.</source>
        <translation>Sagen »%1« er allerede overtaget af %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket “%1” was changed first by %2; your change was not applied.</source>
        <translation>Sagen »%1« blev ændret af %2 først; din ændring blev ikke gennemført.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note was changed first by %2; your change was not applied.</source>
        <translation>Noten blev ændret af %2 først; din ændring blev ikke gennemført.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague&apos;s change came first (%2); yours was not applied.</source>
        <translation>En kollegas ændring kom først (%2); din blev ikke gennemført.</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <location filename="../../agentdesk/ui/hub_dialog.py" line="+64"/>
        <source>Connect to the team hub</source>
        <translation>Opret forbindelse til teamhubben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Require an encrypted connection (TLS)</source>
        <translation>Kræv krypteret forbindelse (TLS)</translation>
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
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your database user</source>
        <translation>Din databasebruger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your team lead adds you to the hub and gives you your database user. The password stays in this computer&apos;s keyring.</source>
        <translation>Din teamleder tilføjer dig til hubben og giver dig din databasebruger. Adgangskoden gemmes i computerens nøglering.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test and connect</source>
        <translation>Test og opret forbindelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect</source>
        <translation>Afbryd forbindelse</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fill in the server, the database and your user first.</source>
        <translation>Udfyld først serveren, databasen og din bruger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Could not connect: %1</source>
        <translation>Kunne ikke oprette forbindelse: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Connecting…</source>
        <translation>Opretter forbindelse…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connected, but the password cannot be kept: this computer has no keyring service (%1). Install one (such as GNOME Keyring) or set AGENTDESK_HUB_PASSWORD.</source>
        <translation>Forbindelsen virker, men adgangskoden kan ikke gemmes: computeren har ingen nøgleringstjeneste (%1). Installér en (f.eks. GNOME Keyring), eller angiv AGENTDESK_HUB_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../agentdesk/ui/views/inbox.py" line="+201"/>
        <source>Queues</source>
        <translation>Køer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel filter</source>
        <translation>Kanalfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category filter</source>
        <translation>Kategorifilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tickets</source>
        <translation>Sager</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Click a column to sort by it; click again to reverse</source>
        <translation>Klik på en kolonne for at sortere efter den; klik igen for at vende rækkefølgen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All open</source>
        <translation>Alle åbne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proactive</source>
        <translation>Proaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved today</source>
        <translation>Løst i dag</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%Ln sag</numerusform>
            <numerusform>%Ln sager</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tickets match these filters. Clear them to see more.</source>
        <translation>Ingen sager matcher disse filtre. Ryd filtrene for at se flere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waiting here. Well done.</source>
        <translation>Intet venter her. Godt klaret.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Reply saved; it is sent when the shop is reachable.</source>
        <translation>Svaret er gemt og sendes, når der er forbindelse til webshoppen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal note saved.</source>
        <translation>Den interne note er gemt.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n ticket(s) set to %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Status for %Ln sag ændret til %1. Fortryd med Ctrl+Z.</numerusform>
            <numerusform>Status for %Ln sager ændret til %1. Fortryd med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to undo.</source>
        <translation>Intet at fortryde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change undone.</source>
        <translation>Ændringen er fortrudt.</translation>
    </message>
</context>
<context>
    <name>Journeys</name>
    <message>
        <location filename="../../agentdesk/ui/views/journeys.py" line="+39"/>
        <source>No stage</source>
        <translation>Ingen fase</translation>
    </message>
</context>
<context>
    <name>JourneysView</name>
    <message>
        <location line="+12"/>
        <source>Customer journeys</source>
        <translation>Kunderejser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts by stage and category</source>
        <translation>Henvendelser efter fase og kategori</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contacts per stage</source>
        <translation>Henvendelser pr. fase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Friction points</source>
        <translation>Friktionspunkter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Friction point</source>
        <translation>Friktionspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Came back</source>
        <translation>Kom igen</translation>
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
        <translation>Vægt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where contacts happen: stage by category</source>
        <translation>Hvor henvendelserne opstår: fase efter kategori</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Top friction points: what to fix in the shop (double-click for tickets)</source>
        <translation>Største friktionspunkter: det, der skal rettes i webshoppen (dobbeltklik for sager)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Working…</source>
        <translation>Arbejder…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No customer contacts in this period. Pick a longer one.</source>
        <translation>Ingen kundehenvendelser i denne periode. Vælg en længere.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 contacts: %2 at %3</source>
        <translation>%1 henvendelser: %2 i fasen %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>with %1</source>
        <translation>hos %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <translation>i %1</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <location filename="../../agentdesk/ui/labels.py" line="-223"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Sociale medier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late delivery</source>
        <translation>Forsinket levering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost parcel</source>
        <translation>Bortkommen pakke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Forkert vare</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Damaged</source>
        <translation>Beskadiget</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+38"/>
        <source>Refund</source>
        <translation>Refusion</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+28"/>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product question</source>
        <translation>Produktspørgsmål</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Høj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Haster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browsing</source>
        <translation>Varesøgning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkout</source>
        <translation>Kassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Returnering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After sales</source>
        <translation>Efter købet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stage</source>
        <translation>Ingen fase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reship</source>
        <translation>Genforsendelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Tilgodebevis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued for the shop</source>
        <translation>I kø til webshoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, waiting for the shop</source>
        <translation>Sendt, venter på webshoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by the shop</source>
        <translation>Bekræftet af webshoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Mislykket</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>In transit</source>
        <translation>Undervejs</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Late</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost?</source>
        <translation>Bortkommet?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier problem</source>
        <translation>Problem hos fragtfirma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+28"/>
        <source>Delivered</source>
        <translation>Leveret</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Delivered late</source>
        <translation>Leveret for sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Returned</source>
        <translation>Returneret</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Label created</source>
        <translation>Label oprettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked up</source>
        <translation>Afhentet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At sorting hub</source>
        <translation>På sorteringscenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out for delivery</source>
        <translation>Ude til levering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported damaged</source>
        <translation>Meldt beskadiget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address problem</source>
        <translation>Adresseproblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to sender</source>
        <translation>Returneret til afsender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery problem</source>
        <translation>Problem med leveringen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal</source>
        <translation>Personligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preference</source>
        <translation>Præference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved on the call</source>
        <translation>Løst under opkaldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up needed</source>
        <translation>Kræver opfølgning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Intet svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Eskaleret</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shipped</source>
        <translation>Afsendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Refunderet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>Under behandling</translation>
    </message>
</context>
<context>
    <name>LibraryPicker</name>
    <message>
        <location filename="../../agentdesk/ui/views/library.py" line="+54"/>
        <source>Canned responses</source>
        <translation>Standardsvar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Knowledge base</source>
        <translation>Vidensbase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a response: type a word of its title or text</source>
        <translation>Find et svar: skriv et ord fra titlen eller teksten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find an article: type a word of its title or text</source>
        <translation>Find en artikel: skriv et ord fra titlen eller teksten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the library</source>
        <translation>Søg i biblioteket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the text</source>
        <translation>Tekstens sprog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responses</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Articles</source>
        <translation>Artikler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert</source>
        <translation>Indsæt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert link</source>
        <translation>Indsæt link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert text</source>
        <translation>Indsæt tekst</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Nothing matches. Try another word, or another language.</source>
        <translation>Intet matcher. Prøv et andet ord eller et andet sprog.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is empty in this language.</source>
        <translation>Biblioteket er tomt på dette sprog.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You fill in: %1</source>
        <translation>Du skal selv udfylde: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This article has no web address yet.</source>
        <translation>Artiklen har endnu ingen webadresse.</translation>
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
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Inbox</source>
        <translation>Indbakke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proactive</source>
        <translation>Proaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journeys</source>
        <translation>Kunderejser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Træning</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Settings (Ctrl+,)</source>
        <translation>Indstillinger (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+127"/>
        <location line="+306"/>
        <source>Sync now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Full sync (deleted records, notes written in the shop)</source>
        <translation>Fuld synkronisering (slettede poster, noter skrevet i webshoppen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the shop…</source>
        <translation>Opret forbindelse til webshoppen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the team hub…</source>
        <translation>Opret forbindelse til teamhubben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language</source>
        <translation>Sprog i brugerfladen</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>This console is for training: it shows no customers.</source>
        <translation>Denne konsol er til træning: den viser ingen kunder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a phone number, an e-mail address or an order number.</source>
        <translation>Angiv et telefonnummer, en e-mailadresse eller et ordrenummer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No customer matches %1; showing the search.</source>
        <translation>Ingen kunde matcher %1; søgningen vises i stedet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incoming contact: %1</source>
        <translation>Indgående henvendelse: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Settings saved.</source>
        <translation>Indstillingerne er gemt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search is not available in training.</source>
        <translation>Søgning er ikke tilgængelig under træning.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>● Local cache: %1 customers · %2 open tickets</source>
        <translation>● Lokal cache: %1 kunder · %2 åbne sager</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo data · not connected to a shop</source>
        <translation>Demodata · ikke forbundet til en webshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working offline · no shop connected yet</source>
        <translation>Arbejder offline · ingen webshop forbundet endnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline since %1</source>
        <translation>Offline siden %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync stopped: %1</source>
        <translation>Synkroniseringen er stoppet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date · synced at %1</source>
        <translation>Opdateret · synkroniseret %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Ikke synkroniseret endnu</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln ændring venter på at blive sendt</numerusform>
            <numerusform>%Ln ændringer venter på at blive sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) the shop refused</source>
        <translation>
            <numerusform>%Ln ændring afvist af webshoppen</numerusform>
            <numerusform>%Ln ændringer afvist af webshoppen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team hub connected</source>
        <translation>Forbundet til teamhubben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team hub offline since %1</source>
        <translation>Teamhubben offline siden %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team hub: %1</source>
        <translation>Teamhub: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect…</source>
        <translation>Opret forbindelse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync with the shop now (F5)</source>
        <translation>Synkronisér med webshoppen nu (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect AgentDesk to your shop&apos;s back end</source>
        <translation>Forbind AgentDesk med din webshops backend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is demo data: it is not synced with a shop.</source>
        <translation>Dette er demodata: de synkroniseres ikke med en webshop.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sync is already running.</source>
        <translation>En synkronisering er allerede i gang.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected. The first sync starts now.</source>
        <translation>Forbindelsen er oprettet. Den første synkronisering starter nu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to the team hub.</source>
        <translation>Forbindelsen til teamhubben er oprettet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>outgoing changes</source>
        <translation>udgående ændringer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted records</source>
        <translation>slettede poster</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders</source>
        <translation>ordrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parcels on their way</source>
        <translation>pakker undervejs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>noter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncing %1: %2% (%3 of %4)</source>
        <translation>Synkroniserer · %1: %2 % (%3 af %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>about %n s left</source>
        <translation>
            <numerusform>ca. %Ln s tilbage</numerusform>
            <numerusform>ca. %Ln s tilbage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing %1: %2</source>
        <translation>Synkroniserer · %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync could not start: %1</source>
        <translation>Synkroniseringen kunne ikke starte: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>⏰ %n plan step(s) due</source>
        <translation>
            <numerusform>⏰ %Ln plantrin forfalder</numerusform>
            <numerusform>⏰ %Ln plantrin forfalder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working…</source>
        <translation>Arbejder…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong: %1</source>
        <translation>Noget gik galt: %1</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../agentdesk/ui/palette.py" line="-142"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
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
        <translation>I dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Seneste 7 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Seneste 30 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Seneste 90 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Sidste måned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Tilpasset…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../agentdesk/ui/views/plans.py" line="+96"/>
        <source>Recovery plan for %1</source>
        <translation>Genopretningsplan for %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Start from scratch</source>
        <translation>Start fra bunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>What winning this customer back means</source>
        <translation>Hvad det betyder at vinde kunden tilbage</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>Plan due</source>
        <translation>Frist for planen</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <location line="+31"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add step</source>
        <translation>Tilføj trin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove step</source>
        <translation>Fjern trin</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order #%1 · %2</source>
        <translation>Ordre #%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Call the customer</source>
        <translation>Ring til kunden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step %1: what to do</source>
        <translation>Trin %1: hvad der skal gøres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: due</source>
        <translation>Trin %1: frist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1: owner</source>
        <translation>Trin %1: ansvarlig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1: amount</source>
        <translation>Trin %1: beløb</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Recovery plan saved.</source>
        <translation>Genopretningsplanen er gemt.</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location line="-204"/>
        <source>Call</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Refusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reship</source>
        <translation>Genforsendelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Tilgodebevis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not yet bought again</source>
        <translation>Har ikke købt igen endnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bought again</source>
        <translation>Har købt igen</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location line="+223"/>
        <source>Recovery plans</source>
        <translation>Genopretningsplaner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show plans</source>
        <translation>Vis planer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open plans</source>
        <translation>Åbne planer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fuldførte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annullerede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plans</source>
        <translation>Alle planer</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days on</source>
        <translation>Efter 30 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Omkostning</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps (tick when done)</source>
        <translation>Trin (sæt flueben, når de er udført)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark plan done</source>
        <translation>Markér planen som fuldført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel plan</source>
        <translation>Annuller planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open customer</source>
        <translation>Åbn kunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Won back in 30 days</source>
        <translation>Vundet tilbage inden for 30 dage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In 90 days</source>
        <translation>Inden for 90 dage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No plans here yet. Open one from a ticket or a customer: “Recovery plan…” under the customer&apos;s details.</source>
        <translation>Ingen planer her endnu. Opret en fra en sag eller en kunde: »Genopretningsplan…« under kundeoplysningerne.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Win-back by template</source>
        <translation>Tilbagevundne efter skabelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win-back by cause</source>
        <translation>Tilbagevundne efter årsag</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n step(s) due for you</source>
        <translation>
            <numerusform>%Ln trin venter på dig</numerusform>
            <numerusform>%Ln trin venter på dig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing due for you</source>
        <translation>Intet venter på dig</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%Ln trin er forsinket</numerusform>
            <numerusform>%Ln trin er forsinket</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No template</source>
        <translation>Ingen skabelon</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cause: %1</source>
        <translation>Årsag: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days on: %1</source>
        <translation>Efter 30 dage: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 days on: %1</source>
        <translation>Efter 90 dage: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next CSAT: %1</source>
        <translation>Næste CSAT: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next NPS: %1</source>
        <translation>Næste NPS: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Plan updated.</source>
        <translation>Planen er opdateret.</translation>
    </message>
</context>
<context>
    <name>Proactive</name>
    <message>
        <location filename="../../agentdesk/ui/views/proactive.py" line="+57"/>
        <source>No scan for days</source>
        <translation>Ingen scanning i flere dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier problem</source>
        <translation>Problem hos fragtfirma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered, customer says no</source>
        <translation>Leveret, men kunden siger nej</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>We wrote</source>
        <translation>Vi har skrevet</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Late</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer already wrote</source>
        <translation>Kunden har allerede skrevet</translation>
    </message>
</context>
<context>
    <name>ProactiveView</name>
    <message>
        <location line="+92"/>
        <location line="+24"/>
        <source>Parcels at risk</source>
        <translation>Pakker i risiko</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>What is wrong</source>
        <translation>Hvad er galt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every risk</source>
        <translation>Alle risici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation>Fragtfirma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>All carriers</source>
        <translation>Alle fragtfirmaer</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Show parcels already in touch</source>
        <translation>Vis også pakker, hvor der allerede er kontakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to the customer</source>
        <translation>Skriv til kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a proactive ticket for each selected parcel, its message drafted in the customer&apos;s language (Ctrl+Enter)</source>
        <translation>Opret en proaktiv sag for hver valgt pakke med en beskedkladde på kundens sprog (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select all of this carrier</source>
        <translation>Vælg alle fra dette fragtfirma</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message to the customer</source>
        <translation>Besked til kunden</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Working…</source>
        <translation>Arbejder…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n parcel(s) at risk</source>
        <translation>
            <numerusform>%Ln pakke i risiko</numerusform>
            <numerusform>%Ln pakker i risiko</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No parcel at risk matches these filters.</source>
        <translation>Ingen pakker i risiko matcher disse filtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No parcels at risk right now: every parcel is on time and moving, or someone is already in touch.</source>
        <translation>Ingen pakker i risiko lige nu: alle pakker er til tiden og undervejs, eller nogen har allerede kontakt med kunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>and %n more parcel(s), each in its customer&apos;s language</source>
        <translation>
            <numerusform>og %Ln pakke mere, på kundens eget sprog</numerusform>
            <numerusform>og %Ln pakker mere, hver på kundens eget sprog</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drafted for %1; you review it before it goes.</source>
        <translation>Kladde til %1; du gennemser den, før den sendes.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n proactive ticket(s) opened; each message waits as a draft to review and send.</source>
        <translation>
            <numerusform>%Ln proaktiv sag oprettet; beskeden venter som kladde, så du kan gennemse og sende den.</numerusform>
            <numerusform>%Ln proaktive sager oprettet; hver besked venter som kladde, så du kan gennemse og sende den.</numerusform>
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
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Emne</translation>
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
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>First response due %1</source>
        <translation>Første svar senest %1</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <location filename="../../agentdesk/ui/rescue.py" line="-170"/>
        <source>The disk is full, so this was not saved; free some space and save again. Your text is still here and everything saved before is safe.</source>
        <translation>Disken er fuld, så dette blev ikke gemt; frigør noget plads, og gem igen. Din tekst er her stadig, og alt, der er gemt før, er i sikkerhed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk reported an error, so this was not saved; save again, and have the disk checked if it keeps happening. Your text is still here.</source>
        <translation>Disken meldte en fejl, så dette blev ikke gemt; gem igen, og få disken undersøgt, hvis det bliver ved. Din tekst er her stadig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache file cannot be written to, so this was not saved.</source>
        <translation>Der kan ikke skrives i cachefilen, så dette blev ikke gemt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache is busy in another program, so this was not saved; try again.</source>
        <translation>Cachen er optaget af et andet program, så dette blev ikke gemt; prøv igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache file is damaged, so this was not saved; restart AgentDesk to rebuild it from the shop.</source>
        <translation>Cachefilen er beskadiget, så dette blev ikke gemt; genstart AgentDesk for at genopbygge den fra webshoppen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The cache was rebuilt; the damaged file is kept as %1.</source>
        <translation>Cachen er genopbygget; den beskadigede fil er gemt som %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes not yet sent: %1, saved to %2; they wait in the outbox.</source>
        <translation>Ændringer, der endnu ikke er sendt: %1, gemt i %2; de venter i udbakken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The console now fills it from the shop.</source>
        <translation>Konsollen fylder den nu fra webshoppen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shop is connected: connect one (Sync ▸ Connect to the shop…) to fill it.</source>
        <translation>Ingen webshop er tilsluttet: tilslut en (Synkronisering ▸ Opret forbindelse til webshoppen…) for at fylde den.</translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <location filename="../../agentdesk/ui/views/proactive.py" line="-304"/>
        <source>Urgency</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong</source>
        <translation>Hvad er galt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Fragtfirma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised</source>
        <translation>Lovet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scan</source>
        <translation>Seneste scanning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In touch</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2 days</source>
        <translation>%1 · %2 dage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>complained before</source>
        <translation>har klaget før</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lifetime spend about %1 €</source>
        <translation>Samlet forbrug ca. %1 €</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../agentdesk/ui/views/training.py" line="+169"/>
        <source>The customer&apos;s mood</source>
        <translation>Kundens humør</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time since the customer wrote</source>
        <translation>Tid siden kunden skrev</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role-play</source>
        <translation>Rollespil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answer</source>
        <translation>Dit svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the customer… (Ctrl+Enter sends)</source>
        <translation>Svar kunden… (Ctrl+Enter sender)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>You talk to %1. %2</source>
        <translation>Du taler med %1. %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 points · %2</source>
        <translation>%1 point · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You</source>
        <translation>Dig</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../agentdesk/settings.py" line="+40"/>
        <source>First-response target for phone tickets, in minutes.</source>
        <translation>Mål for første svar på telefonsager, i minutter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-response target for chats, in minutes.</source>
        <translation>Mål for første svar på chats, i minutter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-response target for social media messages, in minutes.</source>
        <translation>Mål for første svar på beskeder fra sociale medier, i minutter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First-response target for e-mails, in minutes.</source>
        <translation>Mål for første svar på e-mails, i minutter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-response target for tickets from the web portal, in minutes.</source>
        <translation>Mål for første svar på sager fra webportalen, i minutter.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>CSAT question, as customers read it in this language.</source>
        <translation>CSAT-spørgsmålet, som kunderne læser det på dette sprog.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the CSAT scale&apos;s ends mean, in this language.</source>
        <translation>Hvad CSAT-skalaens yderpunkter betyder, på dette sprog.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS question (0-10), as customers read it in this language.</source>
        <translation>NPS-spørgsmålet (0-10), som kunderne læser det på dette sprog.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interface language (empty: follow the system).</source>
        <translation>Sprog i brugerfladen (tom: følg systemet).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour theme (system: follow the system&apos;s light or dark mode).</source>
        <translation>Farvetema (system: følg systemets lyse eller mørke tilstand).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent using this desktop (their queue is &apos;Mine&apos;).</source>
        <translation>Medarbejderen, der bruger denne computer (vedkommendes kø er »Mine«).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Share of the SLA time after which the timer turns amber.</source>
        <translation>Andel af SLA-tiden, hvorefter uret skifter til gult.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IANA time zone the dashboard counts days in, such as Europe/Copenhagen (empty: this computer&apos;s).</source>
        <translation>IANA-tidszone, som dashboardet tæller dage i, f.eks. Europe/Copenhagen (tom: computerens egen).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hours after the promised time before a parcel counts as late.</source>
        <translation>Timer efter det lovede tidspunkt, før en pakke regnes som forsinket.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days without a carrier scan before a parcel counts as stuck.</source>
        <translation>Dage uden scanning hos fragtfirmaet, før en pakke regnes som gået i stå.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Carriers that scan less often, with their own days without a scan, such as DAO=4, Egypt Post=5.</source>
        <translation>Fragtfirmaer, der scanner sjældnere, med deres eget antal dage uden scanning, f.eks. DAO=4, Egypt Post=5.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How far back the proactive queue looks for parcels, in days.</source>
        <translation>Hvor langt tilbage den proaktive kø leder efter pakker, i dage.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lifetime spend (in euros, roughly) from which a customer counts as a high spender.</source>
        <translation>Samlet forbrug (cirka, i euro), hvorfra en kunde regnes som storkunde.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Training: weight of acknowledging the problem.</source>
        <translation>Træning: vægt for at anerkende problemet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training: weight of empathy wording.</source>
        <translation>Træning: vægt for empatiske formuleringer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training: weight of taking ownership (I will…).</source>
        <translation>Træning: vægt for at tage ansvar (Jeg sørger for…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training: weight of a concrete next step with a time.</source>
        <translation>Træning: vægt for et konkret næste skridt med tidspunkt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of using the customer&apos;s name and order.</source>
        <translation>Træning: vægt for at bruge kundens navn og ordre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of a kind tone (no blame, no jargon).</source>
        <translation>Træning: vægt for en venlig tone (ingen bebrejdelser, intet fagsprog).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of a clear answer of the right length.</source>
        <translation>Træning: vægt for et klart svar af passende længde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training: weight of answering quickly in a live role-play.</source>
        <translation>Træning: vægt for at svare hurtigt i et live-rollespil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address of the shop&apos;s help centre; articles link to &lt;address&gt;/&lt;language&gt;/&lt;article&gt;.</source>
        <translation>Adressen på webshoppens hjælpecenter; artikler linker til &lt;adresse&gt;/&lt;sprog&gt;/&lt;artikel&gt;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seconds between background syncs.</source>
        <translation>Sekunder mellem synkroniseringer i baggrunden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The shop back end to sync with (empty: work offline).</source>
        <translation>Webshopsystemet, der synkroniseres med (tom: arbejd offline).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address of the shop&apos;s API (https://…).</source>
        <translation>Adressen på webshoppens API (https://…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For this shop only: a certificate authority file (PEM) to trust instead of the public ones, for a shop with its own or a self-signed certificate (empty: the public authorities). Each connection logs a warning while it is set.</source>
        <translation>Kun for denne webshop: en CA-certifikatfil (PEM), der stoles på i stedet for de offentlige certifikatudstedere – til en webshop med sit eget eller et selvsigneret certifikat (tom: de offentlige udstedere). Hver forbindelse logger en advarsel, så længe den er angivet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minutes between full passes that find records deleted in the shop and notes written there.</source>
        <translation>Minutter mellem fulde synkroniseringer, der finder poster slettet i webshoppen og noter skrevet dér.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days from shipping to the promised delivery, for shops that do not say.</source>
        <translation>Dage fra afsendelse til lovet levering, for webshops, der ikke selv oplyser det.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team hub (PostgreSQL) this desktop shares tickets and notes through: host, port, database and your database user (the password is in the keyring). Empty: no hub.</source>
        <translation>Teamhubben (PostgreSQL), som denne computer deler sager og noter gennem: server, port, database og din databasebruger (adgangskoden ligger i nøgleringen). Tom: ingen hub.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agentdesk/ui/settings_dialog.py" line="+66"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>You</source>
        <translation>Dig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response targets</source>
        <translation>Svarmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Undersøgelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proactive care</source>
        <translation>Proaktiv service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Træning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Lys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Mørk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Høj kontrast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A new language or theme shows as soon as you save.</source>
        <translation>Et nyt sprog eller tema vises, så snart du gemmer.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Appearance</source>
        <translation>Udseende</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../agentdesk/ui/shortcuts.py" line="+21"/>
        <source>Find a customer, order, ticket or note</source>
        <translation>Find en kunde, ordre, sag eller note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to Inbox, Customers, Dashboard, Proactive, Journeys, Plans, Training</source>
        <translation>Gå til Indbakke, Kunder, Dashboard, Proaktiv, Kunderejser, Planer, Træning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next / previous ticket in the queue</source>
        <translation>Næste / forrige sag i køen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move from the queue to the conversation</source>
        <translation>Gå fra køen til samtalen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the reply (or save the internal note)</source>
        <translation>Send svaret (eller gem den interne note)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch between reply and internal note</source>
        <translation>Skift mellem svar og intern note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insert a canned response (placeholders filled)</source>
        <translation>Indsæt et standardsvar (pladsholdere udfyldt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link or insert a knowledge-base article</source>
        <translation>Link til eller indsæt en artikel fra vidensbasen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign the selected tickets to me</source>
        <translation>Tildel de valgte sager til mig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark the selected tickets solved</source>
        <translation>Markér de valgte sager som løst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select several tickets to change them together</source>
        <translation>Vælg flere sager for at ændre dem samlet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo the last ticket change (status, priority, assignee…)</source>
        <translation>Fortryd den seneste ændring af en sag (status, prioritet, ansvarlig…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a call with the shown customer</source>
        <translation>Log et opkald med den viste kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this list</source>
        <translation>Vis denne liste</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
</context>
<context>
    <name>Span</name>
    <message>
        <location filename="../../agentdesk/ui/labels.py" line="+143"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../agentdesk/ui/sync.py" line="+129"/>
        <source>Another AgentDesk is syncing this cache right now; it syncs next time.</source>
        <translation>En anden AgentDesk synkroniserer denne cache lige nu; den synkroniseres næste gang.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../agentdesk/ui/views/dashboard.py" line="-92"/>
        <source>no earlier figure</source>
        <translation>intet tidligere tal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>= previous period</source>
        <translation>= forrige periode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 pts</source>
        <translation>%1 point</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vs previous period</source>
        <translation>ift. forrige periode</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../agentdesk/ui/views/training.py" line="-233"/>
        <source>Acknowledges the problem</source>
        <translation>Anerkender problemet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empathy</source>
        <translation>Empati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership</source>
        <translation>Ansvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step with a time</source>
        <translation>Næste skridt med tidspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal</source>
        <translation>Personligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone</source>
        <translation>Tone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear and short</source>
        <translation>Klart og kort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered quickly</source>
        <translation>Hurtigt svar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You named the problem</source>
        <translation>Du satte ord på problemet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what you see went wrong first</source>
        <translation>Sig først, hvad du kan se er gået galt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You showed you understand how it feels</source>
        <translation>Du viste, at du forstår, hvordan det føles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show you understand how this feels</source>
        <translation>Vis, at du forstår, hvordan det føles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You took it on yourself</source>
        <translation>Du tog selv ansvaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You took it on, but also blamed the customer or the carrier</source>
        <translation>Du tog ansvaret, men gav også kunden eller fragtfirmaet skylden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You blamed the customer or the carrier</source>
        <translation>Du gav kunden eller fragtfirmaet skylden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what you will do (I will …)</source>
        <translation>Sig, hvad du vil gøre (Jeg sørger for …)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A concrete next step, with when</source>
        <translation>Et konkret næste skridt med tidspunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A next step, but not when: give a time</source>
        <translation>Et næste skridt, men ikke hvornår: angiv et tidspunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A time, but no concrete step</source>
        <translation>Et tidspunkt, men intet konkret skridt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No concrete next step</source>
        <translation>Intet konkret næste skridt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their name and their order</source>
        <translation>Kundens navn og ordre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their name; mention their order too</source>
        <translation>Kundens navn; nævn også ordren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their order; use their name too</source>
        <translation>Kundens ordre; brug også navnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use their name and refer to their order</source>
        <translation>Brug kundens navn, og henvis til ordren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A kind tone</source>
        <translation>En venlig tone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear and the right length</source>
        <translation>Klart og passende langt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short to help</source>
        <translation>For kort til at hjælpe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long: keep to what matters</source>
        <translation>For langt: hold dig til det vigtige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sentence is too long to follow</source>
        <translation>En sætning er for lang til at følge med i</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quick answer</source>
        <translation>Et hurtigt svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A slow answer</source>
        <translation>Et langsomt svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer waited a long time</source>
        <translation>Kunden ventede længe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blame</source>
        <translation>bebrejdelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissive words</source>
        <translation>afvisende ord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jargon</source>
        <translation>fagsprog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tone: %1</source>
        <translation>Tone: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calm</source>
        <translation>Rolig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening</source>
        <translation>Lyttende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annoyed</source>
        <translation>Irriteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>Vred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Furious</source>
        <translation>Rasende</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>good</source>
        <translation>godt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could be better</source>
        <translation>kan blive bedre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poor</source>
        <translation>svagt</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <location line="+49"/>
        <source>Language of the role-play</source>
        <translation>Rollespillets sprog</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <location line="+109"/>
        <location line="+39"/>
        <location line="+15"/>
        <source>Trainee</source>
        <translation>Kursist</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+197"/>
        <location line="+58"/>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Start role-play</source>
        <translation>Start rollespil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scorecard</source>
        <translation>Resultatkort</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+128"/>
        <location line="+89"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Role-play</source>
        <translation>Rollespil</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Role-play saved to the trainee&apos;s history.</source>
        <translation>Rollespillet er gemt i kursistens historik.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer is satisfied.</source>
        <translation>Kunden er tilfreds.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer escalated.</source>
        <translation>Kunden eskalerede sagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>Bestået</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed yet</source>
        <translation>Ikke bestået endnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score %1 of 100</source>
        <translation>%1 af 100 point</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Answer %1: %2 points</source>
        <translation>Svar %1: %2 point</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A model answer:</source>
        <translation>Eksempel på et godt svar:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Score per role-play</source>
        <translation>Point pr. rollespil</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Weakest criteria</source>
        <translation>Svageste kriterier</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Scenarios not passed yet</source>
        <translation>Scenarier, der ikke er bestået endnu</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+42"/>
        <source>Role-plays</source>
        <translation>Rollespil</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Scenarie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team&apos;s training</source>
        <translation>Teamets træning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>Seneste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios passed</source>
        <translation>Beståede scenarier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language to edit</source>
        <translation>Sprog, der redigeres</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Customer&apos;s name</source>
        <translation>Kundens navn</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The customer&apos;s lines</source>
        <translation>Kundens replikker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn</source>
        <translation>Tur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mood</source>
        <translation>Humør</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer says</source>
        <translation>Kunden siger</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save changes</source>
        <translation>Gem ændringer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import…</source>
        <translation>Importér…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Scenario saved.</source>
        <translation>Scenariet er gemt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1.</source>
        <translation>Kan ikke læse %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario imported.</source>
        <translation>Scenariet er importeret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a scenario</source>
        <translation>Importér et scenarie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenario exported to %1.</source>
        <translation>Scenariet er eksporteret til %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the scenario</source>
        <translation>Eksportér scenariet</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Satisfied</source>
        <translation>Tilfreds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalated</source>
        <translation>Eskaleret</translation>
    </message>
</context>
</TS>
