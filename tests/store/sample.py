"""A small, hand-written interchange file covering every record type."""

SAMPLE = """\
{"type":"agent","id":"a1","name":"Sara Holm","email":"sara@shop.dk","role":"agent"}
{"type":"agent","id":"a2","name":"Lars Lead","role":"lead"}
{"type":"customer","id":"c1","name":"Nguyễn Văn An","email":"an.nguyen@example.vn","phone":"+84 912 345 678","locale":"vi","created_at":"2026-01-02T10:00:00+07:00"}
{"type":"customer","id":"c2","name":"Mette Kjær","email":"mette@example.dk","phone":"+45 21 34 56 78","locale":"da","created_at":"2026-01-02T10:00:00Z"}
{"type":"customer","id":"c3","name":"مُحَمَّد أحمد","email":"m.ahmed@example.eg","phone":"+20 100 123 4567","locale":"ar","created_at":"2026-01-02T10:00:00Z"}
{"type":"order","id":"o1","number":"1042","customer_id":"c2","created_at":"2026-02-01T09:00:00Z","status":"shipped","total":"349.00","currency":"DKK","lines":[{"sku":"MUG-1","name":"Krus","qty":2,"unit_price":"174.50"}]}
{"type":"shipment","id":"s1","order_id":"o1","carrier":"PostNord","tracking":"PN123","promised_at":"2026-02-04T18:00:00Z","events":[{"at":"2026-02-02T08:00:00Z","status":"in_transit","location":"Aarhus"}]}
{"type":"ticket","id":"t1","customer_id":"c2","order_id":"o1","channel":"email","category":"late_delivery","subject":"Pakken er ikke kommet","status":"open","created_at":"2026-02-06T09:00:00Z","assignee_id":"a1","origin":"customer"}
{"type":"message","id":"m1","ticket_id":"t1","author":"customer","public":true,"created_at":"2026-02-06T09:00:00Z","body":"Hvor er min pakke? Den skulle være kommet i tirsdags."}
{"type":"message","id":"m2","ticket_id":"t1","author":"agent","author_id":"a1","public":true,"created_at":"2026-02-06T09:10:00Z","body":"Jeg har tjekket med PostNord."}
{"type":"note","id":"n1","customer_id":"c2","author_id":"a1","created_at":"2026-02-06T09:11:00Z","body":"Foretrækker SMS frem for opkald","pinned":true,"kind":"preference"}
{"type":"survey","id":"v1","customer_id":"c2","ticket_id":"t1","kind":"csat","score":4,"created_at":"2026-02-07T09:00:00Z","comment":"Hurtigt svar"}
{"type":"survey","id":"v2","customer_id":"c1","kind":"nps","score":9,"created_at":"2026-02-07T09:00:00Z"}
"""
