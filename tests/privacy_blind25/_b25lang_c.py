"""Language banks for privacy_blind25, part C: Turkish, Polish, Portuguese (Brazil), Swahili, Spanish, German.

Same keys as `_b25lang_a` (see its docstring).
"""

TR = {
    "code": "tr", "name": "Turkish", "script": "Latin",
    "user": "Kullanıcı", "bot": "Asistan", "names": ["Mehmet", "Ayşe", "Emre", "Zeynep", "Kemal Bey"],
    "date": "{d}.{m}.{y}",
    "note": [
        "{svc} timeout değerini 30 sn'den 90 sn'ye çıkardım, değişiklik {path} içinde, lokalde `{cmd}` geçti.",
        "Sebep bulundu: {svc} her açılışta image'ı yeniden çekiyor, config ile ilgisi yok.",
        "{path} içindeki retry mantığında off-by-one hatası vardı, {n} çağrıyı etkiliyordu, düzeltildi.",
        "Bugünlük bu kadar: migration script'i merge edildi, rollback planını yarın yazacağım.",
    ],
    "next": [
        "Sıradaki iş: {svc} için entegrasyon testleri, özellikle yeniden bağlanma senaryosu.",
        "{path} hâlâ eski cron tarafından kullanılıyor mu bakılacak; kullanılmıyorsa silinecek.",
        "Altyapı ekibinden disk artırımı istenecek, %{n} kaldı.",
    ],
    "key": [
        "Yeni {what} oluşturuldu: {v} — eskisi bu gece iptal edilecek.",
        "Test ortamı {what}: {v} (ekip dışına paylaşmayın lütfen)",
        "{svc} kimlik doğrulamada patlıyordu çünkü {what} süresi dolmuş; {v} ile değiştirdim.",
    ],
    "where": [
        "{what} repoda tutulmuyor; Vault'ta {path} yolunda, erişim için nöbetçiye yazın.",
        "{what} değeri sadece şirketin parola yöneticisinde, CI'da ortam değişkeni olarak geçiliyor.",
    ],
    "ask": [
        "Bu sorgu index olmasına rağmen neden yavaş, açıklar mısın?",
        "Dünkü kesinti için müşterilere kibar ve kısa bir özür e-postası yazar mısın?",
        "Yeni gelen arkadaş için production'a deploy öncesi kontrol listesi hazırla.",
        "iyzico ödeme callback'ini idempotent yapmak için ne önerirsin?",
        "Şu toplantı notunu özetle: kim neyi ne zamana kadar yapacak.",
        "{svc} birkaç saat sonra tüm belleği yiyor, nereden başlamalıyım?",
        "Türkçe karakterlerle (ı, İ) büyük-küçük harf dönüşümü neden bozuluyor?",
    ],
    "pre": ["Bağlam: İstanbul'da küçük bir e-ticaret ekibiyiz, backend .NET.", "Önce durumu anlatayım."],
    "post": ["Kısa cevap ver lütfen.", "Kod örneği de ekle."],
    "ans": [
        "Index kullanılmıyor çünkü sütuna fonksiyon uyguluyorsunuz. İfade üzerinde index oluşturun ya da değeri önceden normalize edip saklayın.",
        "Sorun kültüre bağlı dönüşümden kaynaklanıyor: Türkçede 'i' büyütülünce 'İ' olur. Karşılaştırmalarda ToUpperInvariant kullanın "
        "ya da açıkça CultureInfo(\"tr-TR\") belirtin.",
        "Callback'i idempotent yapmak için her ödeme kimliğini benzersiz kısıtlı bir tabloya yazın; aynı kimlik tekrar gelirse önceki "
        "sonucu döndürün, işlemi ikinci kez yapmayın.",
        "Değerli müşterimiz,\ndün 22:10–23:05 saatleri arasında yaşanan kesinti için özür dileriz. Sorun tamamen giderilmiştir.",
    ],
    "sys": [
        "Sen bir kargo şirketinin müşteri hizmetleri asistanısın. Müşteriye her zaman \"siz\" diye hitap et, Türkçe yanıt ver ve asla "
        "kart bilgisi ya da doğrulama kodu isteme.",
    ],
    "chat": [
        "Emre, {svc} bugün çıkıyor mu?",
        "evet, üç gibi",
        "tamam, bitince kanala yazarsın",
        "az önceki alarm benim yüzümdendi, kusura bakmayın, geri aldım",
        "sorun değil, yarın retroda konuşuruz",
    ],
    "err": [
        "hata: bazı referanslar uzak depoya gönderilemedi. İpucu: önce git pull çalıştırın.",
        "Hata: veritabanı sunucusuna bağlanılamadı. {svc} çalışıyor mu kontrol edin.",
    ],
    "tpl": "Bu prompt şablonu destek taleplerini otomatik sınıflandırmak için; girdi başlık ve metin, çıktı sadece kategori adı. Metnin kendisi {path} dosyasında.",
    "eval": "İki modeli {n} dahili talep üzerinde karşılaştırdım: doğruluk benzer, ama yenisi Türkçe karakter hatalı yazılmış metinlerde daha iyi.",
    "dec": "Karar: {svc} şimdilik bölünmüyor; önce okuma replikası.",
}

PL = {
    "code": "pl", "name": "Polish", "script": "Latin",
    "user": "Użytkownik", "bot": "Asystent", "names": ["Kasia", "Tomek", "Marcin", "Agnieszka", "pan Krzysztof"],
    "date": "{d}.{m}.{y}",
    "note": [
        "Podniosłem timeout {svc} z 30 do 90 s, zmiana w {path}, lokalnie `{cmd}` przechodzi.",
        "Przyczyna: {svc} przy każdym starcie pobiera obraz od nowa; konfiguracja nie ma tu nic do rzeczy.",
        "W {path} był błąd off-by-one w ponowieniach, dotyczył {n} wywołań, poprawione.",
        "Na dziś koniec: migracja zmergowana, plan wycofania dopiszę jutro.",
    ],
    "next": [
        "Następny krok: testy integracyjne dla {svc}, zwłaszcza ponowne łączenie.",
        "Sprawdzić, czy {path} jest jeszcze używany przez stary cron.",
        "Poprosić infrę o powiększenie dysku, zostało {n}%.",
    ],
    "key": [
        "Wygenerowałem nowy {what}: {v} — stary unieważnimy dziś w nocy.",
        "{what} do środowiska testowego: {v} (nie przekazywać poza zespół)",
        "{svc} nie przechodził uwierzytelnienia, bo wygasł {what}; podmieniłem na {v}.",
    ],
    "where": [
        "{what} nie trzymamy w repo; jest w Vaulcie pod ścieżką {path}, dostęp daje dyżurny.",
        "Wartość {what} jest tylko w firmowym menedżerze haseł, w CI wchodzi jako zmienna środowiskowa.",
    ],
    "ask": [
        "Wyjaśnij, czemu to zapytanie jest wolne, mimo że mamy indeks.",
        "Napisz uprzejmego maila z przeprosinami do klientów za wczorajszą awarię.",
        "Przygotuj checklistę przed wdrożeniem na produkcję dla nowej osoby w zespole.",
        "Jak zrobić idempotentny webhook płatności z Przelewy24?",
        "Streść notatkę ze spotkania: kto co robi i do kiedy.",
        "Czemu {svc} po kilku godzinach zjada całą pamięć?",
    ],
    "pre": ["Kontekst: jesteśmy małym zespołem z Krakowa, backend w Kotlinie.", "Najpierw opiszę sytuację."],
    "post": ["Odpowiedz krótko.", "Dodaj przykład kodu."],
    "ans": [
        "Indeks nie jest używany, bo w warunku nakładasz funkcję na kolumnę. Załóż indeks na wyrażeniu albo przechowuj wartość już znormalizowaną.",
        "Szanowni Państwo,\nprzepraszamy za wczorajszą przerwę w działaniu serwisu w godzinach 22:10–23:05. Problem został usunięty.",
        "Żeby webhook był idempotentny, zapisuj identyfikator każdej transakcji w tabeli z ograniczeniem unikalności i przy powtórce "
        "zwracaj poprzedni wynik zamiast przetwarzać płatność drugi raz.",
    ],
    "sys": [
        "Jesteś asystentem obsługi klienta sklepu internetowego. Zwracaj się do klienta per Pan/Pani, odpowiadaj po polsku i nigdy "
        "nie proś o dane karty ani kod BLIK.",
    ],
    "chat": [
        "Tomek, wypuszczamy dziś {svc}?",
        "tak, koło 15",
        "ok, daj znać na kanale jak skończysz",
        "ten alert przed chwilą to przeze mnie, sorki, zrobiłem rollback",
        "spoko, pogadamy jutro na retro",
    ],
    "err": ["błąd: nie udało się wypchnąć niektórych referencji do zdalnego repozytorium. Wskazówka: najpierw wykonaj git pull."],
    "tpl": "Ten szablon promptu służy do automatycznej klasyfikacji zgłoszeń: na wejściu tytuł i treść, na wyjściu tylko nazwa kategorii. Treść jest w {path}.",
    "eval": "Porównałem dwa modele na {n} wewnętrznych zgłoszeniach: trafność podobna, ale nowy lepiej radzi sobie z tekstem bez polskich znaków.",
    "dec": "Decyzja: na razie nie dzielimy {svc}; najpierw replika do odczytu.",
}

PT = {
    "code": "pt", "name": "Portuguese", "script": "Latin",
    "user": "Usuário", "bot": "Assistente", "names": ["João", "Ana", "Rafael", "Camila", "seu Zé"],
    "date": "{d}/{m}/{y}",
    "note": [
        "Aumentei o timeout do {svc} de 30 para 90 s, alteração em {path}, `{cmd}` passou localmente.",
        "Causa encontrada: o {svc} baixa a imagem de novo a cada start; não tem a ver com configuração.",
        "Em {path} havia um off-by-one no retry, afetando {n} chamadas; corrigido.",
        "Por hoje é isso: migration mergeada, o plano de rollback escrevo amanhã.",
    ],
    "next": [
        "Próximo passo: testes de integração do {svc}, principalmente reconexão.",
        "Verificar se {path} ainda é usado pelo cron antigo; se não, apagar.",
        "Pedir pro time de infra aumentar o disco, só sobrou {n}%.",
    ],
    "key": [
        "Gerei um {what} novo: {v} — o antigo será revogado hoje à noite.",
        "{what} de homologação: {v} (não repassar fora do time, por favor)",
        "O {svc} falhava na autenticação porque o {what} expirou; troquei por {v}.",
    ],
    "where": [
        "O {what} não fica no repositório; está no Vault, caminho {path}, e o acesso é liberado pelo plantonista.",
        "O valor do {what} só existe no gerenciador de senhas da empresa; na CI entra como variável de ambiente.",
    ],
    "ask": [
        "Me explica por que essa query está lenta mesmo tendo índice?",
        "Escreve um e-mail de desculpas pros clientes pela queda de ontem, educado e curto.",
        "Monta um checklist de deploy em produção pra quem acabou de entrar no time.",
        "Como deixar o webhook do Pix idempotente? Exemplo em Node, por favor.",
        "Resume essa ata de reunião: quem faz o quê e até quando.",
        "Por que o {svc} come toda a memória depois de algumas horas?",
        "Qual a diferença entre CPF e CNPJ na validação? Preciso de uma função que valide os dois.",
    ],
    "pre": ["Contexto: somos um time pequeno em São Paulo, backend em Node e Postgres na AWS.", "Vou explicar a situação primeiro."],
    "post": ["Responde curto.", "Coloca exemplo de código."],
    "ans": [
        "O índice não é usado porque você aplica uma função na coluna dentro do WHERE. Crie um índice na expressão ou guarde o valor já "
        "normalizado.",
        "Prezados clientes,\npedimos desculpas pela indisponibilidade de ontem, entre 22h10 e 23h05. O problema foi resolvido e seus dados "
        "estão seguros.",
        "Para o webhook do Pix ser idempotente, grave o endToEndId de cada pagamento numa tabela com restrição UNIQUE. Se o mesmo id "
        "chegar de novo, devolva 200 sem processar outra vez.",
        "CPF tem 11 dígitos e CNPJ 14, ambos com dois dígitos verificadores calculados por módulo 11 com pesos diferentes. Segue uma "
        "função que detecta o tipo pelo tamanho e valida os dígitos.",
    ],
    "sys": [
        "Você é a Bia, assistente virtual de um banco digital. Responda sempre em português do Brasil, com tom simpático, e nunca peça "
        "senha, token ou código de verificação do cliente.",
        "Você é um revisor de código sênior. Liste os problemas por gravidade e sugira a correção de cada um.",
    ],
    "chat": [
        "Rafa, vamos subir o {svc} hoje?",
        "bora, lá pelas 15h",
        "blz, avisa no canal quando terminar",
        "esse alerta agora foi culpa minha, foi mal, já dei rollback",
        "de boa, a gente vê amanhã na retro",
        "alguém sabe por que a homolog caiu de novo?",
    ],
    "err": ["erro: falha ao enviar algumas referências para o repositório remoto. Dica: execute git pull antes."],
    "tpl": "Esse template de prompt classifica os chamados automaticamente: entra título e corpo, sai só o nome da categoria. O texto em si fica em {path}.",
    "eval": "Comparei dois modelos em {n} chamados internos: acurácia parecida, mas o novo lida melhor com gírias e abreviações (vc, tb, pq).",
    "dec": "Decisão: não vamos quebrar o {svc} agora; primeiro réplica de leitura.",
}

SW = {
    "code": "sw", "name": "Swahili", "script": "Latin",
    "user": "Mtumiaji", "bot": "Msaidizi", "names": ["Juma", "Amina", "Baraka", "Neema", "Mzee Omari"],
    "date": "{d}/{m}/{y}",
    "note": [
        "Nimeongeza timeout ya {svc} kutoka sekunde 30 hadi 90, mabadiliko yako kwenye {path}, na `{cmd}` imepita kwenye mashine yangu.",
        "Chanzo kimepatikana: {svc} inavuta image upya kila inapoanza; si tatizo la usanidi.",
        "Kwenye {path} kulikuwa na hitilafu ya off-by-one kwenye retry, iliathiri miito {n}; imerekebishwa.",
        "Kwa leo inatosha: migration imeunganishwa, mpango wa rollback nitaandika kesho.",
    ],
    "next": [
        "Hatua inayofuata: kuandika integration tests za {svc}, hasa kuunganisha upya.",
        "Kuangalia kama {path} bado inatumiwa na cron ya zamani.",
        "Kuomba timu ya miundombinu iongeze diski, imebaki {n}%.",
    ],
    "key": [
        "Nimetengeneza {what} mpya: {v} — ya zamani itafutwa usiku wa leo.",
        "{what} ya mazingira ya majaribio: {v} (msiitume nje ya timu tafadhali)",
        "{svc} ilikuwa inashindwa kuthibitisha kwa sababu {what} iliisha muda; nimeibadilisha kuwa {v}.",
    ],
    "where": [
        "{what} haihifadhiwi kwenye repo; iko kwenye Vault, njia {path}, na ruhusa inatolewa na aliye zamu.",
        "Thamani ya {what} iko tu kwenye kidhibiti nywila cha kampuni; kwenye CI inaingizwa kama environment variable.",
    ],
    "ask": [
        "Nieleze kwa nini query hii ni polepole ingawa kuna index.",
        "Niandikie barua pepe ya kuomba radhi kwa wateja kuhusu hitilafu ya jana usiku, fupi na ya heshima.",
        "Tengeneza orodha ya ukaguzi kabla ya ku-deploy kwenye production kwa mfanyakazi mpya.",
        "Ninawezaje kufanya callback ya M-Pesa STK push isirudie malipo mara mbili?",
        "Fupisha kumbukumbu hizi za kikao: nani atafanya nini na lini.",
    ],
    "pre": ["Kwa muktadha: sisi ni timu ndogo Nairobi, backend iko kwenye Django.", "Nitaeleza hali kwanza."],
    "post": ["Jibu kwa ufupi tafadhali.", "Weka mfano wa code."],
    "ans": [
        "Index haitumiki kwa sababu unatumia function kwenye column ndani ya WHERE. Tengeneza index ya expression au hifadhi thamani ikiwa "
        "tayari imesawazishwa.",
        "Ili callback ya M-Pesa isirudie malipo, hifadhi CheckoutRequestID kwenye jedwali lenye unique constraint. Ikija tena, rudisha "
        "jibu la awali bila kuchakata upya.",
        "Wapendwa wateja,\ntunaomba radhi kwa kukatika kwa huduma jana kati ya saa 4:10 na saa 5:05 usiku. Tatizo limetatuliwa kikamilifu.",
    ],
    "sys": [
        "Wewe ni msaidizi wa huduma kwa wateja wa kampuni ya simu. Jibu kwa Kiswahili sanifu kwa upole, na usiombe kamwe PIN ya M-Pesa.",
    ],
    "chat": [
        "Baraka, tuna-deploy {svc} leo?",
        "ndiyo, kama saa tisa",
        "sawa, ukimaliza tuambie kwenye channel",
        "alert ya sasa hivi ni kosa langu, samahani, nimefanya rollback",
        "hakuna shida, tutaongea kesho kwenye retro",
    ],
    "err": ["Hitilafu: imeshindwa kuunganisha kwenye seva ya hifadhidata. Hakikisha {svc} inaendeshwa."],
    "tpl": "Kiolezo hiki cha prompt kinatumika kupanga tiketi za msaada kiotomatiki: ingizo ni kichwa na maandishi, tokeo ni jina la kundi pekee. Maandishi yenyewe yako {path}.",
    "eval": "Nililinganisha modeli mbili kwenye tiketi {n} za ndani: usahihi unakaribiana, lakini mpya inaelewa Sheng vizuri zaidi.",
    "dec": "Uamuzi: hatugawanyi {svc} kwa sasa; kwanza read replica.",
}

ES = {
    "code": "es", "name": "Spanish", "script": "Latin",
    "user": "Usuario", "bot": "Asistente", "names": ["Lucía", "Javier", "Sofía", "Diego", "don Manuel"],
    "date": "{d}/{m}/{y}",
    "note": [
        "Subí el timeout de {svc} de 30 a 90 s; el cambio está en {path} y `{cmd}` pasa en local.",
        "Causa: {svc} vuelve a descargar la imagen en cada arranque; no es cosa de la configuración.",
        "En {path} había un off-by-one en los reintentos que afectaba a {n} llamadas; corregido.",
        "Por hoy cierro: la migración está mergeada, el plan de rollback lo escribo mañana.",
    ],
    "next": [
        "Siguiente paso: tests de integración para {svc}, sobre todo reconexión.",
        "Revisar si {path} lo sigue usando el cron viejo; si no, borrarlo.",
        "Pedir a infra más disco, queda un {n} %.",
    ],
    "key": [
        "Generé un {what} nuevo: {v}; el anterior se revoca esta noche.",
        "{what} de preproducción: {v} (no reenviar fuera del equipo)",
        "{svc} fallaba al autenticar porque caducó el {what}; lo cambié por {v}.",
    ],
    "where": [
        "El {what} no está en el repo; vive en Vault, ruta {path}, y el acceso lo da quien está de guardia.",
        "El valor del {what} solo está en el gestor de contraseñas de la empresa; en CI entra como variable de entorno.",
    ],
    "ask": [
        "¿Me explicas por qué esta consulta va lenta si tiene índice?",
        "Redacta un correo de disculpa a los clientes por la caída de anoche, cordial y breve.",
        "Hazme un checklist de despliegue a producción para alguien que acaba de entrar.",
        "¿Cómo valido un CUIT argentino en TypeScript?",
        "Resume el acta de la reunión: quién hace qué y para cuándo.",
    ],
    "pre": ["Contexto: somos un equipo pequeño en Buenos Aires, backend en Node.", "Primero te cuento la situación."],
    "post": ["Respuesta corta, porfa.", "Con ejemplo de código."],
    "ans": [
        "El índice no se usa porque aplicas una función sobre la columna en el WHERE. Crea un índice sobre la expresión o guarda el valor ya normalizado.",
        "Estimados clientes:\nles pedimos disculpas por la interrupción del servicio de anoche, entre las 22:10 y las 23:05. El problema ya está resuelto.",
        "Para validar un CUIT: quita los guiones, comprueba que tenga 11 dígitos y calcula el dígito verificador con los pesos 5,4,3,2,7,6,5,4,3,2 y módulo 11.",
    ],
    "sys": [
        "Eres el asistente de atención al cliente de una aseguradora. Trata al cliente de usted, responde en español y nunca pidas datos de tarjeta.",
    ],
    "chat": [
        "Diego, ¿sacamos hoy {svc}?",
        "sí, sobre las tres",
        "vale, avisa por el canal cuando acabes",
        "la alerta de antes fue culpa mía, perdón, ya hice rollback",
        "tranqui, lo vemos mañana en la retro",
    ],
    "err": ["error: no se pudieron enviar algunas referencias al repositorio remoto. Sugerencia: ejecuta git pull primero."],
    "tpl": "Esta plantilla de prompt clasifica los tickets de soporte: entra título y cuerpo, sale solo el nombre de la categoría. El texto está en {path}.",
    "eval": "Comparé dos modelos con {n} tickets internos: precisión parecida, pero el nuevo entiende mejor el voseo y las abreviaturas.",
    "dec": "Decisión: {svc} no se parte por ahora; primero réplica de lectura.",
}

BANKS_C = [TR, PL, PT, SW, ES]
