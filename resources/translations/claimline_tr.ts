<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="470"/>
        <source>Tags (mine / theirs)</source>
        <translation>Etiketler (benim / onların)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="471"/>
        <source>F1 exact</source>
        <translation>F1 (tam)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="472"/>
        <source>F1 overlap</source>
        <translation>F1 (örtüşme)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="473"/>
        <source>Precision exact</source>
        <translation>Kesinlik (tam)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="474"/>
        <source>Recall exact</source>
        <translation>Duyarlılık (tam)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="475"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohen kappası</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="476"/>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Krippendorff alfası</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="481"/>
        <source>F1 of tags with the same kind and the same span (ends trimmed of spaces and punctuation).</source>
        <translation>Aynı türde ve aynı aralıktaki etiketlerin F1 değeri (uçlardaki boşluk ve noktalama işaretleri kırpılır).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="485"/>
        <source>F1 of tags with the same kind whose spans overlap (each tag matched once).</source>
        <translation>Aynı türde ve aralıkları örtüşen etiketlerin F1 değeri (her etiket bir kez eşleşir).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="489"/>
        <source>Share of the second store&apos;s tags the first store has exactly.</source>
        <translation>İkinci deponun etiketlerinden birinci depoda birebir bulunanların oranı.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="493"/>
        <source>Share of the first store&apos;s tags the second store has exactly.</source>
        <translation>Birinci deponun etiketlerinden ikinci depoda birebir bulunanların oranı.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="497"/>
        <source>Cohen&apos;s kappa over every whitespace token, labelled by the kinds covering it (&apos;none&apos; included).</source>
        <translation>Boşluklarla ayrılan her sözcük birimi üzerinden, onu kapsayan türlerle etiketlenmiş Cohen kappası (&apos;none&apos; dahil).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="501"/>
        <source>Krippendorff&apos;s alpha (nominal) over the same token labels, across all stores.</source>
        <translation>Aynı sözcük birimi etiketleri üzerinden, tüm depolar genelinde Krippendorff alfası (nominal).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="516"/>
        <source>Agreement</source>
        <translation>Uyum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="525"/>
        <source>n/a</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="535"/>
        <source>{0} document(s), {1} tokens; n/a: undefined (e.g. no tags).</source>
        <translation>{0} belge, {1} sözcük birimi; yok: tanımsız (ör. hiç etiket yoksa).</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../desktop/ui/panel.py" line="143"/>
        <source>Note on this tag…</source>
        <translation>Bu etikete not…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="151"/>
        <source>Delete tag</source>
        <translation>Etiketi sil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="153"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="154"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="163"/>
        <source>Select text in the reader and press C, A, F or D to tag it.</source>
        <translation>Okuyucuda metin seçin ve etiketlemek için C, A, F veya D tuşuna basın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="178"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="230"/>
        <source>{0} tags in this document</source>
        <translation>Bu belgede {0} etiket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="236"/>
        <source>Actors: {0}</source>
        <translation>Aktörler: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="236"/>
        <source> and {0} more</source>
        <translation> ve {0} tane daha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="245"/>
        <source>Dates: {0}</source>
        <translation>Tarihler: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="248"/>
        <source>{0} with a note · tagged by {1}</source>
        <translation>{0} tanesi notlu · etiketleyen: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="249"/>
        <source>Select a tag to edit its kind, note and meaning.</source>
        <translation>Türünü, notunu ve anlamını düzenlemek için bir etiket seçin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="327"/>
        <source>No tag selected.</source>
        <translation>Seçili etiket yok.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="336"/>
        <source>Tagged by {0} · {1} UTC · at position {2}, {3} characters long</source>
        <translation>Etiketleyen: {0} · {1} UTC · {2}. konumda, {3} karakter</translation>
    </message>
</context>
<context>
    <name>BugDialog</name>
    <message>
        <location filename="../../desktop/ui/bug_dialog.py" line="27"/>
        <source>Something went wrong inside Claimline. Your tags are safe in the store.</source>
        <translation>Claimline içinde bir hata oluştu. Etiketleriniz depoda güvende.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bug_dialog.py" line="31"/>
        <source>Copy details</source>
        <translation>Ayrıntıları kopyala</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="38"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="39"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="40"/>
        <source>Claim</source>
        <translation>İddia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="41"/>
        <source>Asserted by</source>
        <translation>İddia eden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="42"/>
        <source>Cites</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="43"/>
        <source>Grading</source>
        <translation>Derecelendirme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="44"/>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="45"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="86"/>
        <source>Filter claims…</source>
        <translation>İddiaları süz…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="90"/>
        <source>Any column</source>
        <translation>Herhangi bir sütun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="94"/>
        <source>&amp;Copy as CSV</source>
        <translation>CSV olarak &amp;kopyala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="146"/>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="147"/>
        <source>(loading…)</source>
        <translation>(yükleniyor…)</translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="60"/>
        <source>Codebook</source>
        <translation>Kod kitabı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="80"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="92"/>
        <source>&amp;Label</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="93"/>
        <source>&amp;Colour</source>
        <translation>&amp;Renk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="94"/>
        <source>&amp;Shortcut</source>
        <translation>&amp;Kısayol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="95"/>
        <source>&amp;Parent</source>
        <translation>Ü&amp;st tür</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="96"/>
        <source>&amp;Description</source>
        <translation>A&amp;çıklama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="107"/>
        <source>&amp;Add kind</source>
        <translation>Tür &amp;ekle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="110"/>
        <source>&amp;Export .qdc…</source>
        <translation>&amp;.qdc olarak dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="112"/>
        <source>&amp;Import .qdc…</source>
        <translation>.qdc &amp;içe aktar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="187"/>
        <source>— none</source>
        <translation>— yok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="193"/>
        <source>{0} tags · key {1}</source>
        <translation>{0} etiket · tuş {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="220"/>
        <source>Kind colour</source>
        <translation>Tür rengi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="227"/>
        <source>New kind</source>
        <translation>Yeni tür</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="237"/>
        <source>Export codebook</source>
        <translation>Kod kitabını dışa aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="238"/>
        <location filename="../../desktop/ui/codebook_dialog.py" line="244"/>
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>REFI-QDA kod kitabı (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="243"/>
        <source>Import codebook</source>
        <translation>Kod kitabını içe aktar</translation>
    </message>
</context>
<context>
    <name>DateReasons</name>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="26"/>
        <source>relative to the publication date, which the document does not have</source>
        <translation>belgede olmayan yayın tarihine göre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="27"/>
        <source>before the Common Era, which the calendar of dates here does not hold</source>
        <translation>Milattan önce: buradaki tarih takvimi bunu tutmaz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="28"/>
        <source>counted from an earlier date that the text does not give</source>
        <translation>metnin vermediği daha önceki bir tarihten sayılmış</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="31"/>
        <source>its heading or dateline</source>
        <translation>başlığı ya da tarih satırı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="32"/>
        <source>the text says so</source>
        <translation>metin bunu söylüyor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="33"/>
        <source>the weekday it names next</source>
        <translation>ardından andığı hafta günü</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="35"/>
        <source>relative to {0}, the text&apos;s own date ({1}), not the publication date {2}</source>
        <translation>metnin kendi tarihi {0} gününe göre ({1}), yayın tarihi {2} gününe göre değil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="36"/>
        <source>relative to {0}, the text&apos;s own date ({1}); the document has no publication date</source>
        <translation>metnin kendi tarihi {0} gününe göre ({1}); belgenin yayın tarihi yok</translation>
    </message>
</context>
<context>
    <name>EntitiesView</name>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="66"/>
        <source>Filter entities…</source>
        <translation>Varlıkları süz…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="38"/>
        <location filename="../../desktop/ui/entities_view.py" line="99"/>
        <location filename="../../desktop/ui/entities_view.py" line="196"/>
        <source>Mentions</source>
        <translation>Anılmalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="35"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="36"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="37"/>
        <source>Aliases</source>
        <translation>Diğer adlar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="39"/>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="100"/>
        <source>&amp;Merge</source>
        <translation>&amp;Birleştir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="102"/>
        <source>Fold the other selected entity into the current one</source>
        <translation>Seçili diğer varlığı bu varlıkla birleştir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="104"/>
        <source>&amp;Split off</source>
        <translation>&amp;Ayır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="106"/>
        <source>Give the selected mention an entity of its own</source>
        <translation>Seçili anılmaya kendi varlığını ver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="201"/>
        <source>Mentions of {0}: {1}</source>
        <translation>{0} anılmaları: {1}</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="43"/>
        <source>Entity details</source>
        <translation>Varlık ayrıntıları</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="50"/>
        <source>person</source>
        <translation>kişi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="51"/>
        <source>organisation</source>
        <translation>kuruluş</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="52"/>
        <source>state</source>
        <translation>devlet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="53"/>
        <source>place</source>
        <translation>yer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="54"/>
        <source>other</source>
        <translation>diğer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="60"/>
        <source>other names, separated by commas</source>
        <translation>diğer adlar, virgülle ayrılmış</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="63"/>
        <source>e.g. Minister of Agriculture (2023–)</source>
        <translation>ör. Tarım Bakanı (2023–)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="66"/>
        <source>e.g. Kazakhstan</source>
        <translation>ör. Kazakistan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="67"/>
        <source>&amp;Save details</source>
        <translation>Ayrıntıları &amp;kaydet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="70"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="80"/>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="81"/>
        <source>T&amp;ype</source>
        <translation>&amp;Tür</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="82"/>
        <source>&amp;Aliases</source>
        <translation>Diğer a&amp;dlar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="83"/>
        <source>&amp;Roles</source>
        <translation>&amp;Roller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="84"/>
        <source>C&amp;ountry</source>
        <translation>Ül&amp;ke</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="49"/>
        <source>HTML report (single file)</source>
        <translation>HTML raporu (tek dosya)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="50"/>
        <source>PDF report</source>
        <translation>PDF raporu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="51"/>
        <source>Markdown report</source>
        <translation>Markdown raporu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="52"/>
        <source>Word document (DOCX)</source>
        <translation>Word belgesi (DOCX)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="53"/>
        <source>CSV (one row per tag)</source>
        <translation>CSV (her etiket için bir satır)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="54"/>
        <source>JSON (tags, entities, links, references)</source>
        <translation>JSON (etiketler, varlıklar, bağlantılar, kaynaklar)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="55"/>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>W3C Web Annotations (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="58"/>
        <source>Cover</source>
        <translation>Kapak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="59"/>
        <source>Summary counts</source>
        <translation>Özet sayılar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="60"/>
        <source>Document texts with highlights and notes</source>
        <translation>Vurgular ve notlarla belge metinleri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="61"/>
        <source>Actors index</source>
        <translation>Aktör dizini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="62"/>
        <source>Figures table</source>
        <translation>Rakam tablosu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="63"/>
        <source>Timeline figure</source>
        <translation>Zaman çizelgesi görseli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="64"/>
        <source>Claims, sources and grading</source>
        <translation>İddialar, kaynaklar ve derecelendirme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="163"/>
        <location filename="../../desktop/ui/export_dialog.py" line="367"/>
        <source>Export report</source>
        <translation>Raporu dışa aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="183"/>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="185"/>
        <source>Current</source>
        <translation>Geçerli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="186"/>
        <source>Selected ({0})</source>
        <translation>Seçili ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="187"/>
        <source>All ({0})</source>
        <translation>Tümü ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="197"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="201"/>
        <source>Kinds</source>
        <translation>Türler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="202"/>
        <source>Authors</source>
        <translation>Yazarlar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="205"/>
        <source>Only tags created from</source>
        <translation>Yalnızca şu tarihten itibaren oluşturulan etiketler:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="217"/>
        <source>to</source>
        <translation>ile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="223"/>
        <source>Sections</source>
        <translation>Bölümler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="233"/>
        <source>The timeline renderer is not available in this build.</source>
        <translation>Zaman çizelgesi çizici bu sürümde yok.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="238"/>
        <source>Output</source>
        <translation>Çıktı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="241"/>
        <source>Report title (default: the document&apos;s title)</source>
        <translation>Rapor başlığı (varsayılan: belgenin başlığı)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="248"/>
        <source>US Letter</source>
        <translation>Letter (ABD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="250"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="251"/>
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="252"/>
        <source>Paper (PDF)</source>
        <translation>Kâğıt (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="278"/>
        <source>&amp;Preview</source>
        <translation>Ö&amp;nizleme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="280"/>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="283"/>
        <source>Cancel export</source>
        <translation>Dışa aktarmayı iptal et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="286"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="401"/>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="410"/>
        <source>Saved {0}</source>
        <translation>{0} kaydedildi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="415"/>
        <source>Export failed: {0}</source>
        <translation>Dışa aktarma başarısız: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="386"/>
        <location filename="../../desktop/ui/export_dialog.py" line="417"/>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="423"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Dışa aktarma iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="81"/>
        <source>Reading the store…</source>
        <translation>Depo okunuyor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="85"/>
        <source>Laying out the report…</source>
        <translation>Rapor düzenleniyor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="92"/>
        <source>Writing {0}…</source>
        <translation>{0} yazılıyor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="94"/>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="36"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="37"/>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="38"/>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="39"/>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="40"/>
        <source>Scale</source>
        <translation>Ölçek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="41"/>
        <source>Measures</source>
        <translation>Ölçtüğü</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="42"/>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="43"/>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="117"/>
        <source>Filter figures…</source>
        <translation>Rakamları süz…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="129"/>
        <source>&amp;Copy as CSV</source>
        <translation>CSV olarak &amp;kopyala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="177"/>
        <source>All units</source>
        <translation>Tüm birimler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="183"/>
        <source>(no unit)</source>
        <translation>(birim yok)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="41"/>
        <source>Find in document</source>
        <translation>Belgede bul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="47"/>
        <source>Previous (Shift+F3)</source>
        <translation>Önceki (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="50"/>
        <source>Next (F3)</source>
        <translation>Sonraki (F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="53"/>
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="136"/>
        <source>No matches</source>
        <translation>Eşleşme yok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="138"/>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../desktop/ui/localised.py" line="29"/>
        <source>Claim</source>
        <translation>İddia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="30"/>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="31"/>
        <source>Figure</source>
        <translation>Rakam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="32"/>
        <source>Date / event</source>
        <translation>Tarih / olay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="33"/>
        <source>undated</source>
        <translation>tarihsiz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="34"/>
        <source>{0}–{1} (decade)</source>
        <translation>{0}–{1} (on yıl)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="35"/>
        <source>{0}s</source>
        <translation>{0} yılları</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="36"/>
        <source>before {0}</source>
        <translation>{0} öncesi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="37"/>
        <source>after {0}</source>
        <translation>{0} sonrası</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="51"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="56"/>
        <source>System default ({0})</source>
        <translation>Sistem varsayılanı ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="76"/>
        <source>The language will change when you restart {0}.</source>
        <translation>Dil, {0} yeniden başlatıldığında değişecek.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="204"/>
        <source>delete document</source>
        <translation>belgeyi sil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="204"/>
        <source>delete {0} documents</source>
        <translation>{0} belgeyi sil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="210"/>
        <source>add to “{0}”</source>
        <translation>“{0}” koleksiyonuna ekle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="215"/>
        <source>remove from “{0}”</source>
        <translation>“{0}” koleksiyonundan çıkar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="220"/>
        <source>Save search as a collection</source>
        <translation>Aramayı koleksiyon olarak kaydet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="220"/>
        <source>New collection</source>
        <translation>Yeni koleksiyon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="221"/>
        <location filename="../../desktop/ui/library_controller.py" line="228"/>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="224"/>
        <source>new collection</source>
        <translation>yeni koleksiyon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="228"/>
        <source>Rename collection</source>
        <translation>Koleksiyonu yeniden adlandır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="232"/>
        <source>rename collection</source>
        <translation>koleksiyonu yeniden adlandır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="235"/>
        <source>delete collection</source>
        <translation>koleksiyonu sil</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="31"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="32"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="33"/>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="34"/>
        <source>Published</source>
        <translation>Yayın tarihi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="35"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="36"/>
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="37"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="38"/>
        <source>Claims</source>
        <translation>İddialar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="39"/>
        <source>Actors</source>
        <translation>Aktörler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="40"/>
        <source>Figures</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="41"/>
        <source>Dates</source>
        <translation>Tarihler</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="168"/>
        <source>Filter documents… (words, claims&gt;3, figures=0)</source>
        <translation>Belgeleri süz… (sözcükler, claims&gt;3, figures=0)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="200"/>
        <source>Library</source>
        <translation>Kütüphane</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="225"/>
        <source>&amp;Delete documents</source>
        <translation>Belgeleri &amp;sil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="230"/>
        <source>&amp;Review selected documents against a colleague&apos;s store…</source>
        <translation>Seçili belgeleri bir meslektaşın deposuyla &amp;karşılaştır…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="264"/>
        <source>All documents</source>
        <translation>Tüm belgeler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="411"/>
        <source>Documents: {0}</source>
        <translation>{0} belge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="411"/>
        <source>Documents: {0} of {1}</source>
        <translation>{1} belgeden {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="442"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="443"/>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="445"/>
        <source>Add to collection</source>
        <translation>Koleksiyona ekle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="453"/>
        <source>Remove from “{0}”</source>
        <translation>“{0}” koleksiyonundan çıkar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="463"/>
        <source>New collection…</source>
        <translation>Yeni koleksiyon…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="466"/>
        <source>New collection inside “{0}”…</source>
        <translation>“{0}” içinde yeni koleksiyon…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="472"/>
        <source>Save the search as a collection…</source>
        <translation>Aramayı koleksiyon olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="476"/>
        <source>Rename…</source>
        <translation>Yeniden adlandır…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="477"/>
        <source>Delete collection</source>
        <translation>Koleksiyonu sil</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="92"/>
        <source>&amp;Import…</source>
        <translation>&amp;İçe aktar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="104"/>
        <source>&amp;New store…</source>
        <translation>&amp;Yeni depo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="106"/>
        <source>&amp;Open store…</source>
        <translation>Depo &amp;aç…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="108"/>
        <source>Set &amp;author name…</source>
        <translation>&amp;Yazar adını ayarla…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="110"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="39"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="41"/>
        <location filename="../../desktop/ui/undo.py" line="71"/>
        <location filename="../../desktop/ui/undo.py" line="93"/>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="42"/>
        <location filename="../../desktop/ui/undo.py" line="72"/>
        <location filename="../../desktop/ui/undo.py" line="93"/>
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="61"/>
        <source>{0} — in “{1}”</source>
        <translation>{0} — “{1}” belgesinde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="101"/>
        <source>Done: {0}</source>
        <translation>Yapıldı: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="117"/>
        <source>&amp;Delete tag</source>
        <translation>Etiketi &amp;sil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="122"/>
        <source>&amp;Link two tags…</source>
        <translation>İki etiketi &amp;bağla…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="123"/>
        <source>Link the two tags selected in the panel</source>
        <translation>Panelde seçili iki etiketi bağla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="125"/>
        <source>&amp;Codebook…</source>
        <translation>&amp;Kod kitabı…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="127"/>
        <source>Detect &amp;suggestions</source>
        <translation>Ö&amp;neri bul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="128"/>
        <source>Find candidate figures, dates and actors in this document</source>
        <translation>Bu belgedeki aday rakamları, tarihleri ve aktörleri bul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="131"/>
        <source>Show &amp;library</source>
        <translation>&amp;Kitaplığı göster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="134"/>
        <source>Show &amp;tags panel</source>
        <translation>&amp;Etiket panelini göster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="138"/>
        <source>&amp;Page view</source>
        <translation>&amp;Sayfa görünümü</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="139"/>
        <source>Show the real pages of a PDF or EPUB (off: the reflowed text)</source>
        <translation>PDF veya EPUB belgesinin gerçek sayfalarını göster (kapalı: akan metin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="141"/>
        <source>&amp;Go to page…</source>
        <translation>Sayfaya &amp;git…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="143"/>
        <source>Fit &amp;width</source>
        <translation>&amp;Genişliğe sığdır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="145"/>
        <source>Fit &amp;page</source>
        <translation>Sayfaya s&amp;ığdır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="147"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Yakınlaştır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="149"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uzaklaştır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="151"/>
        <source>Underline s&amp;uggestions</source>
        <translation>Önerilerin &amp;altını çiz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="158"/>
        <source>&amp;Find in document…</source>
        <translation>Belgede &amp;bul…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="160"/>
        <source>&amp;Search the library…</source>
        <translation>Kütüphanede &amp;ara…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="162"/>
        <source>&amp;About Claimline</source>
        <translation>Claimline &amp;hakkında</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="179"/>
        <source>Tag as {0}</source>
        <translation>{0} olarak etiketle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="183"/>
        <source>Tag the selection as {0} ({1})</source>
        <translation>Seçimi {0} olarak etiketle ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="205"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="207"/>
        <source>Import from &amp;other tools</source>
        <translation>Başka &amp;araçlardan içe aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="210"/>
        <source>Export for o&amp;ther tools</source>
        <translation>Başka a&amp;raçlar için dışa aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="216"/>
        <source>Recent stores</source>
        <translation>Son depolar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="221"/>
        <source>&amp;Edit</source>
        <translation>D&amp;üzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="229"/>
        <source>&amp;Tag</source>
        <translation>&amp;Etiket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="230"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="252"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="255"/>
        <source>Main</source>
        <translation>Ana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="267"/>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="60"/>
        <source>Cannot open store</source>
        <translation>Depo açılamıyor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="84"/>
        <location filename="../../desktop/ui/stores.py" line="88"/>
        <source>New store</source>
        <translation>Yeni depo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="85"/>
        <source>Claimline stores (*.claimline *.sqlite)</source>
        <translation>Claimline depoları (*.claimline *.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="88"/>
        <source>{0} already exists; use Open store.</source>
        <translation>{0} zaten var; Depo aç komutunu kullanın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="95"/>
        <source>Open store</source>
        <translation>Depo aç</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <location filename="../../desktop/ui/stores.py" line="96"/>
        <source>Claimline stores (*.claimline *.sqlite *.db);;All files (*)</source>
        <translation>Claimline depoları (*.claimline *.sqlite *.db);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="59"/>
        <source>edit document details</source>
        <translation>belge bilgilerini düzenle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="63"/>
        <source>Document details saved.</source>
        <translation>Belge ayrıntıları kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="68"/>
        <source>set publication date</source>
        <translation>yayın tarihini belirle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="84"/>
        <source>Import documents</source>
        <translation>Belgeleri içe aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="40"/>
        <source>Documents ({0});;All files (*)</source>
        <translation>Belgeler ({0});;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="60"/>
        <source>An import is already running.</source>
        <translation>Zaten bir içe aktarma sürüyor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="106"/>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="111"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112"/>
        <location filename="../../desktop/ui/suggestions_controller.py" line="74"/>
        <source>Suggestions</source>
        <translation>Öneriler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="113"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="138"/>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139"/>
        <source>Entities</source>
        <translation>Varlıklar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140"/>
        <source>Figures</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141"/>
        <source>Claims</source>
        <translation>İddialar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="93"/>
        <source>Import documents (text, Markdown, HTML, PDF, EPUB)</source>
        <translation>Belge içe aktar (metin, Markdown, HTML, PDF, EPUB)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="95"/>
        <source>&amp;Re-import new version…</source>
        <translation>Yeni sürümü &amp;yeniden içe aktar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="96"/>
        <source>Replace the open document by a newer file, keeping every tag</source>
        <translation>Açık belgeyi daha yeni bir dosyayla değiştir, tüm etiketleri koru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="98"/>
        <source>&amp;Export report…</source>
        <translation>Rapor &amp;dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="99"/>
        <source>Export an annotated report or the tags as data</source>
        <translation>Açıklamalı bir rapor ya da etiketleri veri olarak dışa aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="101"/>
        <source>Re&amp;view colleague&apos;s store…</source>
        <translation>Meslektaşın deposunu &amp;incele…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="102"/>
        <source>Compare a colleague&apos;s store with this one, merge, measure agreement</source>
        <translation>Bir meslektaşın deposunu bununla karşılaştır, birleştir, uyumu ölç</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="44"/>
        <location filename="../../desktop/ui/exchange.py" line="50"/>
        <source>REFI-QDA project (.qdpx)…</source>
        <translation>REFI-QDA projesi (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="47"/>
        <source>Export documents, kinds and tags for NVivo, ATLAS.ti, MAXQDA, QualCoder</source>
        <translation>Belgeleri, türleri ve etiketleri NVivo, ATLAS.ti, MAXQDA, QualCoder için dışa aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="52"/>
        <source>Import a project from NVivo, ATLAS.ti, MAXQDA, QualCoder</source>
        <translation>NVivo, ATLAS.ti, MAXQDA, QualCoder projesini içe aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="60"/>
        <location filename="../../desktop/ui/exchange.py" line="77"/>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA projesini dışa aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="61"/>
        <location filename="../../desktop/ui/exchange.py" line="69"/>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>REFI-QDA projesi (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="68"/>
        <location filename="../../desktop/ui/exchange.py" line="87"/>
        <source>Import REFI-QDA project</source>
        <translation>REFI-QDA projesini içe aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="78"/>
        <source>Writing {0}…</source>
        <translation>{0} yazılıyor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="79"/>
        <source>Wrote {0}:</source>
        <translation>{0} yazıldı:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="95"/>
        <source>An exchange is already running.</source>
        <translation>Zaten bir aktarım sürüyor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="103"/>
        <location filename="../../desktop/ui/imports.py" line="65"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="121"/>
        <source>… and {0} more</source>
        <translation>… ve {0} tane daha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="105"/>
        <location filename="../../desktop/ui/imports.py" line="155"/>
        <source>Import</source>
        <translation>İçe aktarma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="88"/>
        <location filename="../../desktop/ui/imports.py" line="112"/>
        <location filename="../../desktop/ui/imports.py" line="227"/>
        <source>Reading {0}…</source>
        <translation>{0} okunuyor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="131"/>
        <source>These files could not be imported (nothing of them was stored):</source>
        <translation>Bu dosyalar içe aktarılamadı (hiçbir kısmı kaydedilmedi):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="134"/>
        <source>Already in the store (not duplicated):</source>
        <translation>Depoda zaten var (yinelenmedi):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="141"/>
        <source>Imported {0} of {1} file(s)</source>
        <translation>{1} dosyadan {0} tanesi içe aktarıldı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="143"/>
        <source>Some pages have no text layer (scans?); they are empty in the text view:</source>
        <translation>Bazı sayfaların metin katmanı yok (taranmış?); metin görünümünde boşlar:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="145"/>
        <source>{0}: pages {1}</source>
        <translation>{0}: sayfa {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="152"/>
        <source>Not UTF-8: the encoding was guessed; check the text:</source>
        <translation>UTF-8 değil: kodlama tahmin edildi; metni kontrol edin:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="166"/>
        <source>“{0}” is locked with a password. Password:</source>
        <translation>“{0}” parolayla kilitli. Parola:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="168"/>
        <source>That password does not open “{0}”. Try again:</source>
        <translation>Bu parola “{0}” dosyasını açmıyor. Yeniden deneyin:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="169"/>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="176"/>
        <source>Not imported: {0}</source>
        <translation>İçe aktarılmadı: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="182"/>
        <source>Import failed</source>
        <translation>İçe aktarma başarısız</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="194"/>
        <source>Open the document to re-import first.</source>
        <translation>Önce yeniden içe aktarılacak belgeyi açın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="199"/>
        <source>Re-import a newer version of “{0}”</source>
        <translation>“{0}” belgesinin daha yeni bir sürümünü içe aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="226"/>
        <source>Re-import</source>
        <translation>Yeniden içe aktarma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="233"/>
        <source>Re-import cancelled; nothing changed.</source>
        <translation>Yeniden içe aktarma iptal edildi; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="242"/>
        <source>Version {0}: {1} tags found exactly, {2} fuzzily, {3} orphaned.</source>
        <translation>Sürüm {0}: {1} etiket tam olarak, {2} yaklaşık olarak bulundu, {3} etiket sahipsiz kaldı.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="246"/>
        <source>The file&apos;s text is the stored text; nothing changed.</source>
        <translation>Dosyanın metni kayıtlı metinle aynı; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="124"/>
        <source>Select the passage the tag belongs to first.</source>
        <translation>Önce etiketin ait olduğu bölümü seçin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="132"/>
        <source>re-attach tag</source>
        <translation>etiketi yeniden bağla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="382"/>
        <source>Review a colleague&apos;s store</source>
        <translation>Meslektaşın deposunu incele</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="393"/>
        <source>That is the store open in this window.</source>
        <translation>Bu, bu pencerede açık olan depo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="48"/>
        <source>Select some text to tag first.</source>
        <translation>Önce etiketlenecek bir metin seçin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="54"/>
        <source>The selection holds only blanks.</source>
        <translation>Seçim yalnızca boşluklardan oluşuyor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>edit note</source>
        <translation>notu düzenle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="195"/>
        <source>change kind</source>
        <translation>türü değiştir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="95"/>
        <source>Select exactly two tags in the panel (Ctrl+click) to link them.</source>
        <translation>Bağlamak için panelde tam olarak iki etiket seçin (Ctrl+tık).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="98"/>
        <source>Link two tags</source>
        <translation>İki etiketi bağla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="98"/>
        <source>Relation of the first tag to the second:</source>
        <translation>Birinci etiketin ikinciyle ilişkisi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_controller.py" line="98"/>
        <source>Suggestions failed: {0}</source>
        <translation>Öneriler bulunamadı: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="114"/>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="115"/>
        <source>The name Claimline puts on your tags (you can change it in the File menu):</source>
        <translation>Claimline&apos;ın etiketlerinize yazacağı ad (Dosya menüsünden değiştirebilirsiniz):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="458"/>
        <source>No document — import one with Ctrl+O or drop files here</source>
        <translation>Belge yok — Ctrl+O ile içe aktarın ya da dosyaları buraya bırakın</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="125"/>
        <source>About Claimline</source>
        <translation>Claimline hakkında</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="127"/>
        <source>Tag claims, actors, figures and dates in what you read; offline.</source>
        <translation>Okuduklarınızdaki iddiaları, aktörleri, rakamları ve tarihleri etiketleyin; çevrimdışı.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="129"/>
        <source>Store: {0}</source>
        <translation>Depo: {0}</translation>
    </message>
</context>
<context>
    <name>MeaningForm</name>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="41"/>
        <source>A – completely reliable</source>
        <translation>A – tamamen güvenilir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="42"/>
        <source>B – usually reliable</source>
        <translation>B – genellikle güvenilir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="43"/>
        <source>C – fairly reliable</source>
        <translation>C – oldukça güvenilir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="44"/>
        <source>D – not usually reliable</source>
        <translation>D – genellikle güvenilir değil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="45"/>
        <source>E – unreliable</source>
        <translation>E – güvenilmez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="46"/>
        <source>F – cannot be judged</source>
        <translation>F – değerlendirilemez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="49"/>
        <source>1 – confirmed</source>
        <translation>1 – doğrulanmış</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="50"/>
        <source>2 – probably true</source>
        <translation>2 – muhtemelen doğru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="51"/>
        <source>3 – possibly true</source>
        <translation>3 – doğru olabilir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="52"/>
        <source>4 – doubtful</source>
        <translation>4 – şüpheli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="53"/>
        <source>5 – improbable</source>
        <translation>5 – olası değil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="54"/>
        <source>6 – cannot be judged</source>
        <translation>6 – değerlendirilemez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="58"/>
        <source>day</source>
        <translation>gün</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="59"/>
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="60"/>
        <source>year</source>
        <translation>yıl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="61"/>
        <source>decade</source>
        <translation>on yıl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="65"/>
        <source>closed: both ends known</source>
        <translation>kapalı: iki ucu da belli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="66"/>
        <source>open before: no known first day</source>
        <translation>başı açık: ilk günü belli değil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="67"/>
        <source>open after: no known last day</source>
        <translation>sonu açık: son günü belli değil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="70"/>
        <source>asserted by</source>
        <translation>ileri süren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="71"/>
        <source>about</source>
        <translation>hakkında</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="72"/>
        <source>supports</source>
        <translation>destekler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="73"/>
        <source>participant</source>
        <translation>katılımcı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="74"/>
        <source>related</source>
        <translation>ilgili</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="195"/>
        <source>number, e.g. 1300000</source>
        <translation>sayı, ör. 1300000</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="197"/>
        <source>t, %, USD…</source>
        <translation>t, %, USD…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="201"/>
        <source>what it measures, e.g. grain exports</source>
        <translation>neyi ölçtüğü, ör. tahıl ihracatı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="203"/>
        <source>period it covers, e.g. 2024</source>
        <translation>kapsadığı dönem, ör. 2024</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="204"/>
        <source>&amp;Value</source>
        <translation>&amp;Değer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="205"/>
        <source>&amp;Unit</source>
        <translation>&amp;Birim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="207"/>
        <source>&amp;Measures</source>
        <translation>Ö&amp;lçtüğü</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="208"/>
        <source>&amp;Period</source>
        <translation>Dö&amp;nem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="217"/>
        <source>type a date: 22 May 2025, June 2025, 2024–2025</source>
        <translation>bir tarih yazın: 22 May 2025, June 2025, 2024–2025</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="224"/>
        <location filename="../../desktop/ui/meaning_form.py" line="226"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-AA-GG</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="242"/>
        <source>&amp;Date</source>
        <translation>&amp;Tarih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="244"/>
        <source>&amp;From – to</source>
        <translation>&amp;Başlangıç – bitiş</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="245"/>
        <source>&amp;Open</source>
        <translation>Açı&amp;k</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="246"/>
        <source>&amp;Title</source>
        <translation>&amp;Başlık</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="247"/>
        <source>P&amp;lace</source>
        <translation>&amp;Yer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="248"/>
        <source>Partici&amp;pants</source>
        <translation>&amp;Katılımcılar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="274"/>
        <source>name of another entity</source>
        <translation>başka bir varlığın adı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="275"/>
        <source>&amp;New entity</source>
        <translation>&amp;Yeni varlık</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="281"/>
        <source>&amp;Entity</source>
        <translation>&amp;Varlık</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="283"/>
        <source>Same as?</source>
        <translation>Aynı mı?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="285"/>
        <source>Or new</source>
        <translation>Ya da yeni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="295"/>
        <location filename="../../desktop/ui/meaning_form.py" line="299"/>
        <source>— not graded</source>
        <translation>— derecelendirilmedi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="303"/>
        <source>topics, comma-separated</source>
        <translation>konular, virgülle ayrılmış</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="304"/>
        <source>Asserted &amp;by</source>
        <translation>&amp;İleri süren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="305"/>
        <source>C&amp;ites</source>
        <translation>Ka&amp;ynak gösterir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="306"/>
        <source>&amp;Reliability</source>
        <translation>&amp;Güvenilirlik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="307"/>
        <source>Cr&amp;edibility</source>
        <translation>&amp;İnandırıcılık</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="308"/>
        <source>T&amp;opics</source>
        <translation>K&amp;onular</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="319"/>
        <source>Links</source>
        <translation>Bağlantılar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="335"/>
        <source>&amp;Link</source>
        <translation>&amp;Bağla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="338"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="430"/>
        <source>no number read</source>
        <translation>sayı okunamadı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="431"/>
        <source>(written: {0})</source>
        <translation>(yazılışı: {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="440"/>
        <source>undated — type a date above</source>
        <translation>tarihsiz — yukarıya bir tarih yazın</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="462"/>
        <source>— no entity</source>
        <translation>— varlık yok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="466"/>
        <source>{0}  ({1}% match)</source>
        <translation>{0}  (%{1} eşleşme)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="478"/>
        <source>Use “{0}” ({1}% match)</source>
        <translation>“{0}” kullan (%{1} eşleşme)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="483"/>
        <source>Not linked to an entity.</source>
        <translation>Bir varlığa bağlı değil.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="487"/>
        <source>also: </source>
        <translation>ayrıca: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="500"/>
        <source>— nobody named</source>
        <translation>— kimse adlandırılmadı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="505"/>
        <source>— no reference</source>
        <translation>— kaynak yok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="521"/>
        <source>this {0} {1}</source>
        <translation>bu etiket → {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="521"/>
        <source>{0} {1} this</source>
        <translation>{0} → {1} → bu etiket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="526"/>
        <source>No links. Choose a relation and a tag below.</source>
        <translation>Bağlantı yok. Aşağıdan bir ilişki ve bir etiket seçin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="548"/>
        <source>Cannot read “{0}” as a date.</source>
        <translation>“{0}” bir tarih olarak okunamıyor.</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="33"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="34"/>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="34"/>
        <source>Who wrote it</source>
        <translation>Kimin yazdığı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="35"/>
        <source>Published</source>
        <translation>Yayın tarihi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="35"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-AA-GG</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="36"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="36"/>
        <source>Publication or site</source>
        <translation>Yayın veya site</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="37"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="37"/>
        <source>e.g. en, tr, ru</source>
        <translation>ör. en, tr, ru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="72"/>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="73"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="77"/>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="78"/>
        <source>Revert</source>
        <translation>Geri döndür</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="103"/>
        <source> ({0} without text: {1})</source>
        <translation> (metinsiz {0}: {1})</translation>
    </message>
</context>
<context>
    <name>MigrationProgress</name>
    <message>
        <location filename="../../desktop/ui/migration_progress.py" line="17"/>
        <source>Building the search index</source>
        <translation>arama dizini oluşturuluyor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/migration_progress.py" line="29"/>
        <source>Updating the store: {0}…</source>
        <translation>Depo güncelleniyor: {0}…</translation>
    </message>
</context>
<context>
    <name>OrphanList</name>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="160"/>
        <source>Re-attach to selection</source>
        <translation>Seçime yeniden bağla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="161"/>
        <source>Select the new text in the reader first</source>
        <translation>Önce okuyucuda yeni metni seçin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="182"/>
        <source>{0} orphaned tag(s): their text is not in this version</source>
        <translation>{0} sahipsiz etiket: metinleri bu sürümde yok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="182"/>
        <source>No orphaned tags</source>
        <translation>Sahipsiz etiket yok</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="175"/>
        <source>Page (Ctrl+G)</source>
        <translation>Sayfa (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="176"/>
        <source>Page number</source>
        <translation>Sayfa numarası</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="181"/>
        <source>Page</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="191"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Uzaklaştır (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="192"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Yakınlaştır (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="193"/>
        <source>Fit width</source>
        <translation>Genişliğe sığdır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="193"/>
        <source>Fit the page width</source>
        <translation>Sayfa genişliğine sığdır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="194"/>
        <source>Fit page</source>
        <translation>Sayfaya sığdır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="194"/>
        <source>Fit the whole page</source>
        <translation>Sayfanın tamamını sığdır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="242"/>
        <source>The original file cannot be shown (it is a Claimline store).</source>
        <translation>Özgün dosya gösterilemez (bir Claimline deposudur).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="252"/>
        <source>The original file cannot be shown ({0}).</source>
        <translation>Özgün dosya gösterilemiyor ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="255"/>
        <source>The original file is locked with a password.</source>
        <translation>Özgün dosya parolayla kilitli.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="567"/>
        <source>of {0}</source>
        <translation>/ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="572"/>
        <source>No text layer on this page (scanned?): it cannot be tagged</source>
        <translation>Bu sayfada metin katmanı yok (taranmış mı?): etiketlenemez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="636"/>
        <source>No text layer on this page (scanned?)</source>
        <translation>Bu sayfada metin katmanı yok (taranmış mı?)</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../desktop/ui/reader.py" line="459"/>
        <source>Tag as</source>
        <translation>Etiketle:</translation>
    </message>
</context>
<context>
    <name>ReviewReasons</name>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="20"/>
        <source>same tag</source>
        <translation>aynı etiket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="21"/>
        <source>same kind and span</source>
        <translation>aynı tür ve aralık</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="22"/>
        <source>tagged by them only</source>
        <translation>yalnızca onlar etiketledi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="23"/>
        <source>tagged by me only</source>
        <translation>yalnızca ben etiketledim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="24"/>
        <source>their quote was not found in my text</source>
        <translation>onların alıntısı benim metnimde bulunamadı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="25"/>
        <source>deleted by me</source>
        <translation>ben sildim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="26"/>
        <source>deleted by them</source>
        <translation>onlar sildi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="27"/>
        <source>edited by me</source>
        <translation>ben düzenledim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="28"/>
        <source>edited by them</source>
        <translation>onlar düzenledi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="30"/>
        <source>span</source>
        <translation>aralık</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="31"/>
        <source>note</source>
        <translation>not</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="32"/>
        <source>entity</source>
        <translation>varlık</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="33"/>
        <source>attributes</source>
        <translation>öznitelikler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="36"/>
        <source>edited by them only: {0}</source>
        <translation>yalnızca onlar düzenledi: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="37"/>
        <source>edited by me only: {0}</source>
        <translation>yalnızca ben düzenledim: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="38"/>
        <source>edited on both sides: {0}</source>
        <translation>iki tarafta da düzenlendi: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="42"/>
        <source>overlapping spans: {0} / {1}</source>
        <translation>örtüşen aralıklar: {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="44"/>
        <source>same kind, different extent: {0}</source>
        <translation>aynı tür, farklı sınırlar: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="45"/>
        <source>kind {0} / {1}</source>
        <translation>tür {0} / {1}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="67"/>
        <source>agreed</source>
        <translation>uyumlu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="68"/>
        <source>only mine</source>
        <translation>yalnızca bende</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="69"/>
        <source>only theirs</source>
        <translation>yalnızca onlarda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="70"/>
        <source>boundary</source>
        <translation>sınır farkı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="71"/>
        <source>conflict</source>
        <translation>çakışma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="72"/>
        <source>deleted by one side</source>
        <translation>bir taraf sildi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="170"/>
        <source>All statuses</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="178"/>
        <source>Document:</source>
        <translation>Belge:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="178"/>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="179"/>
        <source>Kind:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="201"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="201"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="155"/>
        <source>me</source>
        <translation>ben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="156"/>
        <source>Review {0}&apos;s store ({1})</source>
        <translation>{0} adlı kişinin deposunu incele ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="158"/>
        <source>, {0} selected documents</source>
        <translation>, {0} seçili belge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="189"/>
        <source>Mine ({0})</source>
        <translation>Benim ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="190"/>
        <source>Theirs ({0})</source>
        <translation>Onların ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="202"/>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="214"/>
        <source>Accept theirs (T)</source>
        <translation>Onlarınkini kabul et (T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="215"/>
        <source>Keep mine (M)</source>
        <translation>Benimkini koru (M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="216"/>
        <source>Previous (P)</source>
        <translation>Önceki (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="217"/>
        <source>Next (N)</source>
        <translation>Sonraki (N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="218"/>
        <source>Accept all non-conflicting…</source>
        <translation>Çakışmayanların tümünü kabul et…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="219"/>
        <source>Agreement…</source>
        <translation>Uyum…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="235"/>
        <source>Skipped {0} invalid rows of their store (hover for the reasons)</source>
        <translation>Onların deposundaki {0} geçersiz satır atlandı (nedenler için üzerine gelin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="269"/>
        <source> (only mine)</source>
        <translation> (yalnızca bende)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="269"/>
        <source> (only theirs)</source>
        <translation> (yalnızca onlarda)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="270"/>
        <source>{0} — {1} to review</source>
        <translation>{0} — incelenecek: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="288"/>
        <source>All kinds</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="323"/>
        <source>kept</source>
        <translation>korundu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="392"/>
        <source>A different entity: add “{0}” as a new one</source>
        <translation>Farklı bir varlık: “{0}” yeni olarak eklensin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="394"/>
        <source>Which entity is it?</source>
        <translation>Hangi varlık?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="395"/>
        <source>Their entity “{0}” matches several of yours by name or alias. Which one is it?</source>
        <translation>Onların “{0}” varlığı, ad veya diğer adıyla sizin birkaç varlığınızla eşleşiyor. Hangisi?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="439"/>
        <source>accept {0} non-conflicting items</source>
        <translation>çakışmayan {0} öğeyi kabul et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="579"/>
        <source>Reading and comparing {0}…</source>
        <translation>{0} okunuyor ve karşılaştırılıyor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="580"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="582"/>
        <source>Review</source>
        <translation>İnceleme</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="112"/>
        <source>Search the library: words, &quot;phrases&quot;, prefix*, kind:claim…</source>
        <translation>Kütüphanede ara: sözcükler, &quot;ifadeler&quot;, önek*, kind:claim…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="176"/>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="176"/>
        <source>tag</source>
        <translation>etiket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="176"/>
        <source>note</source>
        <translation>not</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="176"/>
        <source>actor</source>
        <translation>aktör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="196"/>
        <source>No hits</source>
        <translation>Sonuç yok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="196"/>
        <source>Hits: {0} · documents: {1}</source>
        <translation>Sonuç: {0} · belge: {1}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="38"/>
        <source>This store has no documents yet</source>
        <translation>Bu depoda henüz belge yok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="46"/>
        <source>Drop PDF, EPUB, web pages (HTML), Markdown or text files here
— several at once; they are read in the background.</source>
        <translation>PDF, EPUB, web sayfası (HTML), Markdown veya metin dosyalarını buraya bırakın
— aynı anda birkaç tane; arka planda okunurlar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="53"/>
        <source>&amp;Import files…</source>
        <translation>Dosyaları &amp;içe aktar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="56"/>
        <source>Open the &amp;sample article</source>
        <translation>&amp;Örnek makaleyi aç</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="58"/>
        <source>“The Rising Axis of Trade in Central Asia”, a short analysis to try tagging on</source>
        <translation>Etiketlemeyi denemek için kısa bir analiz: “The Rising Axis of Trade in Central Asia”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="65"/>
        <source>Recent stores</source>
        <translation>Son depolar</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="46"/>
        <source>The store {0} is damaged; nothing more is written to it.</source>
        <translation>{0} deposu hasarlı; ona artık hiçbir şey yazılmıyor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="50"/>
        <source>SQLite says: {0}
Open a backup or another store.</source>
        <translation>SQLite diyor ki: {0}
Bir yedeği veya başka bir depoyu açın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="56"/>
        <source>Open backup {0}</source>
        <translation>{0} yedeğini aç</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="58"/>
        <source>Open another store…</source>
        <translation>Başka bir depo aç…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="67"/>
        <source>Open store</source>
        <translation>Depo aç</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="68"/>
        <source>Claimline stores (*.claimline *.sqlite *.db *.bak);;All files (*)</source>
        <translation>Claimline depoları (*.claimline *.sqlite *.db *.bak);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="79"/>
        <source>{name} (read-only)</source>
        <translation>{name} (salt okunur)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="94"/>
        <source>Read-only: edits are disabled</source>
        <translation>Salt okunur: düzenleme kapalı</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="47"/>
        <source>figure</source>
        <translation>rakam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="48"/>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="49"/>
        <source>actor</source>
        <translation>aktör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="146"/>
        <location filename="../../desktop/ui/suggestions_panel.py" line="492"/>
        <source>No suggestions</source>
        <translation>Öneri yok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="148"/>
        <source>Underline in text</source>
        <translation>Metinde altını çiz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="150"/>
        <source>Show suggestions as dotted underlines in the reader</source>
        <translation>Önerileri okuyucuda noktalı alt çizgiyle göster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="152"/>
        <source>Detect again</source>
        <translation>Yeniden bul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="153"/>
        <source>Run detection on the open document again</source>
        <translation>Açık belgede aramayı yeniden çalıştır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="156"/>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="157"/>
        <source>Stop looking for suggestions in this document</source>
        <translation>Bu belgede öneri aramayı durdur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="173"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="173"/>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="173"/>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="191"/>
        <source>Accept all</source>
        <translation>Tümünü kabul et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="193"/>
        <source>Accept every suggestion of one kind in this document</source>
        <translation>Bu belgedeki bir türün tüm önerilerini kabul et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="195"/>
        <source>Accept all suggestions</source>
        <translation>Tüm önerileri kabul et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="199"/>
        <source>Accept every suggestion of this kind in this document</source>
        <translation>Bu belgedeki bu türden tüm önerileri kabul et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="207"/>
        <source>Accept</source>
        <translation>Kabul et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="208"/>
        <source>Accept the selected suggestion, or every mention of the selected group (Enter)</source>
        <translation>Seçili öneriyi ya da seçili grubun geçtiği tüm yerleri kabul et (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="210"/>
        <source>Dismiss</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="212"/>
        <source>Dismiss the selected suggestion, or every mention of the selected group (Backspace)</source>
        <translation>Seçili öneriyi ya da seçili grubun geçtiği tüm yerleri reddet (Backspace)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="224"/>
        <source>Enter accepts · Backspace dismisses · Tab goes to the next · on a group, all its mentions</source>
        <translation>Enter kabul eder · Backspace reddeder · Tab sonrakine geçer · bir grupta tüm geçtiği yerler için</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="241"/>
        <source>Figure</source>
        <translation>Rakam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="241"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="241"/>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="244"/>
        <source>Figures</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="244"/>
        <source>Dates</source>
        <translation>Tarihler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="244"/>
        <source>Actors</source>
        <translation>Aktörler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="247"/>
        <source>1 figure</source>
        <translation>1 rakam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="247"/>
        <source>1 date</source>
        <translation>1 tarih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="247"/>
        <source>1 actor</source>
        <translation>1 aktör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="248"/>
        <source>{0} figures</source>
        <translation>{0} rakam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="248"/>
        <source>{0} dates</source>
        <translation>{0} tarih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="248"/>
        <source>{0} actors</source>
        <translation>{0} aktör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="258"/>
        <source>Looking for suggestions…</source>
        <translation>Öneriler aranıyor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="277"/>
        <source>Detection stopped</source>
        <translation>Arama durduruldu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="281"/>
        <source>Detection failed: {0}</source>
        <translation>Arama başarısız oldu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="296"/>
        <source>Loading the language models…</source>
        <translation>Dil modelleri yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="297"/>
        <source>Finding dates… {0} %</source>
        <translation>Tarihler aranıyor… %{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="298"/>
        <source>Finding figures… {0} %</source>
        <translation>Rakamlar aranıyor… %{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="299"/>
        <source>Finding names… {0} %</source>
        <translation>Adlar aranıyor… %{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="300"/>
        <source>Finding actors… {0} %</source>
        <translation>Aktörler aranıyor… %{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="301"/>
        <source>Looking for suggestions… {0} %</source>
        <translation>Öneriler aranıyor… %{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="409"/>
        <source>{0} — {1} mentions</source>
        <translation>{0} — {1} kez geçiyor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="411"/>
        <source>Enter accepts all {0}, Backspace dismisses all; → shows them</source>
        <translation>Enter {0} yerin hepsini kabul eder, Backspace hepsini reddeder; → hepsini gösterir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="454"/>
        <source>confidence {0}</source>
        <translation>güven {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="485"/>
        <source>1 suggestion left: {0}</source>
        <translation>1 öneri kaldı: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="487"/>
        <source>{0} suggestions left in {1} rows: {2}</source>
        <translation>{0} öneri kaldı, {1} satırda: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="489"/>
        <source>{0} suggestions left: {1}</source>
        <translation>{0} öneri kaldı: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="496"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="522"/>
        <source>accept {0} {1} suggestion</source>
        <translation>{0} {1} önerisini kabul et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="524"/>
        <source>accept {0} {1} suggestions</source>
        <translation>{0} {1} önerisini kabul et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="556"/>
        <source>dismiss suggestion</source>
        <translation>öneriyi reddet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="558"/>
        <source>dismiss {0} suggestions</source>
        <translation>{0} öneriyi reddet</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <location filename="../../desktop/ui/theme_menu.py" line="24"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/theme_menu.py" line="26"/>
        <source>&amp;System</source>
        <translation>&amp;Sistem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/theme_menu.py" line="26"/>
        <source>&amp;Light</source>
        <translation>&amp;Açık</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/theme_menu.py" line="26"/>
        <source>&amp;Dark</source>
        <translation>&amp;Koyu</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="262"/>
        <source>Actors</source>
        <translation>Aktörler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="262"/>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="263"/>
        <source>Kinds</source>
        <translation>Türler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="295"/>
        <source>{0} — events: {1}</source>
        <translation>{0} — olay sayısı: {1}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="64"/>
        <source>(no actor)</source>
        <translation>(aktör yok)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="76"/>
        <source>{0} — written “{1}”</source>
        <translation>{0} — yazılışı “{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="83"/>
        <source>Actors: {0}</source>
        <translation>Aktörler: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="85"/>
        <source>Place: {0}</source>
        <translation>Yer: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="87"/>
        <source>Figures: {0}</source>
        <translation>Rakamlar: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="381"/>
        <source>Lanes: actor</source>
        <translation>Şeritler: aktör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="382"/>
        <source>Lanes: document</source>
        <translation>Şeritler: belge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="383"/>
        <source>Lanes: kind</source>
        <translation>Şeritler: tür</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="386"/>
        <source>Lanes</source>
        <translation>Şeritler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="393"/>
        <source>Zoom out (-)</source>
        <translation>Uzaklaştır (-)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="394"/>
        <source>Zoom in (+)</source>
        <translation>Yakınlaştır (+)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="395"/>
        <source>Fit all</source>
        <translation>Tümünü sığdır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="396"/>
        <source>Show the whole timeline (0)</source>
        <translation>Zaman çizelgesinin tamamını göster (0)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="397"/>
        <source>Export the visible timeline as PNG</source>
        <translation>Görünen zaman çizelgesini PNG olarak dışa aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="398"/>
        <source>Export the visible timeline as SVG</source>
        <translation>Görünen zaman çizelgesini SVG olarak dışa aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="411"/>
        <source>Only this actor</source>
        <translation>Yalnızca bu aktör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="412"/>
        <source>Only this kind</source>
        <translation>Yalnızca bu tür</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="413"/>
        <source>Only this document</source>
        <translation>Yalnızca bu belge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="414"/>
        <source>Only this author</source>
        <translation>Yalnızca bu yazar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="420"/>
        <source>from YYYY-MM-DD</source>
        <translation>başlangıç YYYY-AA-GG</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="422"/>
        <source>until YYYY-MM-DD</source>
        <translation>bitiş YYYY-AA-GG</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="424"/>
        <source>Search events…</source>
        <translation>Olaylarda ara…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="434"/>
        <source>Clear filters</source>
        <translation>Süzgeçleri temizle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="448"/>
        <source>Set publication date…</source>
        <translation>Yayın tarihini gir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="450"/>
        <source>Relative dates such as “last year” are placed from the document&apos;s publication date</source>
        <translation>“geçen yıl” gibi göreli tarihler belgenin yayın tarihinden hesaplanır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="584"/>
        <source>Move lane up</source>
        <translation>Şeridi yukarı taşı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="585"/>
        <source>Move lane down</source>
        <translation>Şeridi aşağı taşı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="586"/>
        <source>Hide lane</source>
        <translation>Şeridi gizle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="588"/>
        <location filename="../../desktop/ui/timeline_view.py" line="603"/>
        <source>Show all lanes</source>
        <translation>Tüm şeritleri göster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="658"/>
        <source>All actors</source>
        <translation>Tüm aktörler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="660"/>
        <source>All kinds</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="662"/>
        <source>All documents</source>
        <translation>Tüm belgeler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="665"/>
        <source>All authors</source>
        <translation>Tüm yazarlar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="708"/>
        <source>{0} events · no filter</source>
        <translation>{0} olay · süzgeç yok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="711"/>
        <source>{0} of {1} events · filtered by {2}</source>
        <translation>{1} olaydan {0} tanesi · süzgeç: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="716"/>
        <source>relative: the document has no publication date</source>
        <translation>göreli: belgenin yayın tarihi yok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="717"/>
        <source>before the Common Era: outside the timeline</source>
        <translation>MÖ: zaman çizelgesinin dışında</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="718"/>
        <source>the date could not be read</source>
        <translation>tarih okunamadı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="726"/>
        <source>Undated ({0})</source>
        <translation>Tarihsiz ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="748"/>
        <source>Publication date</source>
        <translation>Yayın tarihi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="749"/>
        <source>When was “{0}” published? (YYYY-MM-DD)</source>
        <translation>“{0}” ne zaman yayımlandı? (YYYY-AA-GG)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="781"/>
        <location filename="../../desktop/ui/timeline_view.py" line="790"/>
        <source>Export timeline</source>
        <translation>Zaman çizelgesini dışa aktar</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../desktop/ui/localised.py" line="42"/>
        <source>t</source>
        <translation>ton</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="43"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="44"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="45"/>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="46"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="47"/>
        <source>m³</source>
        <translation>m³</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="48"/>
        <source>ha</source>
        <translation>ha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="49"/>
        <source>people</source>
        <translation>kişi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="50"/>
        <source>pp</source>
        <translation>puan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="51"/>
        <source>bp</source>
        <translation>baz puan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="52"/>
        <source>bbl</source>
        <translation>varil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="53"/>
        <source>bcm</source>
        <translation>milyar m³</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="54"/>
        <source>Mt</source>
        <translation>milyon ton</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="55"/>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="56"/>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="57"/>
        <source>GW</source>
        <translation>GW</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="58"/>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="59"/>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="60"/>
        <source>GWh</source>
        <translation>GWh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="61"/>
        <source>TWh</source>
        <translation>TWh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="62"/>
        <source>TEU</source>
        <translation>TEU</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="63"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="64"/>
        <source>mi²</source>
        <translation>mil²</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="65"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="66"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="67"/>
        <source>mi</source>
        <translation>mil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="68"/>
        <source>ft</source>
        <translation>ft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="69"/>
        <source>acre</source>
        <translation>akre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="70"/>
        <source>acre·ft</source>
        <translation>akre-fit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="71"/>
        <source>fl oz</source>
        <translation>sıvı ons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="72"/>
        <source>kr</source>
        <translation>kron</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="73"/>
        <source>florin</source>
        <translation>florin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="74"/>
        <source>dirham</source>
        <translation>dirhem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="75"/>
        <source>riyal</source>
        <translation>riyal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="76"/>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="77"/>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="78"/>
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="79"/>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="80"/>
        <source>in</source>
        <translation>inç</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="81"/>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="82"/>
        <source>ly</source>
        <translation>ışık yılı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="83"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="84"/>
        <source>km/h</source>
        <translation>km/sa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="85"/>
        <source>mph</source>
        <translation>mil/sa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="86"/>
        <source>nmi</source>
        <translation>deniz mili</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="87"/>
        <source>times</source>
        <translation>kez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="88"/>
        <source>magnitude</source>
        <translation>büyüklük</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="89"/>
        <source>floors</source>
        <translation>kat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="90"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="91"/>
        <source>kcal</source>
        <translation>kcal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="92"/>
        <source>rpm</source>
        <translation>dev/dk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="93"/>
        <source>hp</source>
        <translation>bg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="94"/>
        <source>kn</source>
        <translation>kn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="95"/>
        <source>Gt</source>
        <translation>Gt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="96"/>
        <source>meV</source>
        <translation>meV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="97"/>
        <source>keV</source>
        <translation>keV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="98"/>
        <source>MeV</source>
        <translation>MeV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="99"/>
        <source>GeV</source>
        <translation>GeV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="100"/>
        <source>TeV</source>
        <translation>TeV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="101"/>
        <source>pieces</source>
        <translation>adet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="102"/>
        <source>Mbit/s</source>
        <translation>Mbit/sn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="103"/>
        <source>Gbit/s</source>
        <translation>Gbit/sn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="104"/>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="105"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="106"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="107"/>
        <source>cm³</source>
        <translation>cm³</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="108"/>
        <source>m/s</source>
        <translation>m/sn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="109"/>
        <source>m/s²</source>
        <translation>m/sn²</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="110"/>
        <source>m³/s</source>
        <translation>m³/sn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="112"/>
        <source>person</source>
        <translation>kişi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="113"/>
        <source>share</source>
        <translation>hisse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="114"/>
        <source>night</source>
        <translation>gece</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="115"/>
        <source>gal</source>
        <translation>gal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="116"/>
        <source>oz</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="118"/>
        <source>y</source>
        <translation>yıl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="119"/>
        <source>mo</source>
        <translation>ay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="120"/>
        <source>wk</source>
        <translation>hafta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="121"/>
        <source>d</source>
        <translation>gün</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="122"/>
        <source>h</source>
        <translation>sa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="123"/>
        <source>min</source>
        <translation>dk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="124"/>
        <source>s</source>
        <translation>sn</translation>
    </message>
</context>
</TS>
