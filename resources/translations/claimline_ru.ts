<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="470"/>
        <source>Tags (mine / theirs)</source>
        <translation>Метки (мои / их)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="471"/>
        <source>F1 exact</source>
        <translation>F1 (точное)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="472"/>
        <source>F1 overlap</source>
        <translation>F1 (перекрытие)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="473"/>
        <source>Precision exact</source>
        <translation>Точность (точное)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="474"/>
        <source>Recall exact</source>
        <translation>Полнота (точное)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="475"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Каппа Коэна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="476"/>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Альфа Криппендорфа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="481"/>
        <source>F1 of tags with the same kind and the same span (ends trimmed of spaces and punctuation).</source>
        <translation>F1 по меткам одного вида с одинаковым фрагментом (пробелы и знаки препинания по краям отбрасываются).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="485"/>
        <source>F1 of tags with the same kind whose spans overlap (each tag matched once).</source>
        <translation>F1 по меткам одного вида с перекрывающимися фрагментами (каждая метка сопоставляется один раз).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="489"/>
        <source>Share of the second store&apos;s tags the first store has exactly.</source>
        <translation>Доля меток второго хранилища, которые в точности есть в первом.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="493"/>
        <source>Share of the first store&apos;s tags the second store has exactly.</source>
        <translation>Доля меток первого хранилища, которые в точности есть во втором.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="497"/>
        <source>Cohen&apos;s kappa over every whitespace token, labelled by the kinds covering it (&apos;none&apos; included).</source>
        <translation>Каппа Коэна по всем токенам, разделённым пробелами, с метками видов, которые их покрывают (включая &apos;none&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="501"/>
        <source>Krippendorff&apos;s alpha (nominal) over the same token labels, across all stores.</source>
        <translation>Альфа Криппендорфа (номинальная) по тем же меткам токенов во всех хранилищах.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="516"/>
        <source>Agreement</source>
        <translation>Согласованность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="525"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="535"/>
        <source>{0} document(s), {1} tokens; n/a: undefined (e.g. no tags).</source>
        <translation>Документов: {0}, токенов: {1}; н/д — не определено (например, нет меток).</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../desktop/ui/panel.py" line="143"/>
        <source>Note on this tag…</source>
        <translation>Заметка к этой метке…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="151"/>
        <source>Delete tag</source>
        <translation>Удалить метку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="153"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="154"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="163"/>
        <source>Select text in the reader and press C, A, F or D to tag it.</source>
        <translation>Выделите текст в окне чтения и нажмите C, A, F или D, чтобы поставить метку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="178"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="230"/>
        <source>{0} tags in this document</source>
        <translation>Меток в документе: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="236"/>
        <source>Actors: {0}</source>
        <translation>Акторы: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="236"/>
        <source> and {0} more</source>
        <translation> и ещё {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="245"/>
        <source>Dates: {0}</source>
        <translation>Даты: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="248"/>
        <source>{0} with a note · tagged by {1}</source>
        <translation>с примечанием: {0} · метки ставил(и): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="249"/>
        <source>Select a tag to edit its kind, note and meaning.</source>
        <translation>Выберите метку, чтобы изменить её вид, примечание и значение.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="327"/>
        <source>No tag selected.</source>
        <translation>Метка не выбрана.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panel.py" line="336"/>
        <source>Tagged by {0} · {1} UTC · at position {2}, {3} characters long</source>
        <translation>Метку поставил(а) {0} · {1} UTC · позиция {2}, длина {3} символов</translation>
    </message>
</context>
<context>
    <name>BugDialog</name>
    <message>
        <location filename="../../desktop/ui/bug_dialog.py" line="27"/>
        <source>Something went wrong inside Claimline. Your tags are safe in the store.</source>
        <translation>В Claimline произошла внутренняя ошибка. Ваши теги в хранилище в сохранности.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bug_dialog.py" line="31"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="38"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="39"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="40"/>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="41"/>
        <source>Asserted by</source>
        <translation>Кто утверждает</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="42"/>
        <source>Cites</source>
        <translation>Ссылается на</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="43"/>
        <source>Grading</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="44"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="45"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="86"/>
        <source>Filter claims…</source>
        <translation>Фильтр утверждений…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="90"/>
        <source>Any column</source>
        <translation>Любой столбец</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="94"/>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Копировать как CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="146"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims_view.py" line="147"/>
        <source>(loading…)</source>
        <translation>(загрузка…)</translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="60"/>
        <source>Codebook</source>
        <translation>Кодовая книга</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="80"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="92"/>
        <source>&amp;Label</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="93"/>
        <source>&amp;Colour</source>
        <translation>&amp;Цвет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="94"/>
        <source>&amp;Shortcut</source>
        <translation>&amp;Клавиша</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="95"/>
        <source>&amp;Parent</source>
        <translation>&amp;Родитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="96"/>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="107"/>
        <source>&amp;Add kind</source>
        <translation>&amp;Добавить вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="110"/>
        <source>&amp;Export .qdc…</source>
        <translation>&amp;Экспорт .qdc…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="112"/>
        <source>&amp;Import .qdc…</source>
        <translation>&amp;Импорт .qdc…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="187"/>
        <source>— none</source>
        <translation>— нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="193"/>
        <source>{0} tags · key {1}</source>
        <translation>Меток: {0} · клавиша {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="220"/>
        <source>Kind colour</source>
        <translation>Цвет вида</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="227"/>
        <source>New kind</source>
        <translation>Новый вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="237"/>
        <source>Export codebook</source>
        <translation>Экспорт кодовой книги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="238"/>
        <location filename="../../desktop/ui/codebook_dialog.py" line="244"/>
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>Кодовая книга REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/codebook_dialog.py" line="243"/>
        <source>Import codebook</source>
        <translation>Импорт кодовой книги</translation>
    </message>
</context>
<context>
    <name>DateReasons</name>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="26"/>
        <source>relative to the publication date, which the document does not have</source>
        <translation>относительно даты публикации, которой у документа нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="27"/>
        <source>before the Common Era, which the calendar of dates here does not hold</source>
        <translation>до нашей эры: такие даты календарь здесь не хранит</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="28"/>
        <source>counted from an earlier date that the text does not give</source>
        <translation>отсчитано от более ранней даты, которую текст не называет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="31"/>
        <source>its heading or dateline</source>
        <translation>заголовок или строка с датой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="32"/>
        <source>the text says so</source>
        <translation>так сказано в тексте</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="33"/>
        <source>the weekday it names next</source>
        <translation>день недели, названный дальше</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="35"/>
        <source>relative to {0}, the text&apos;s own date ({1}), not the publication date {2}</source>
        <translation>относительно {0}, собственной даты текста ({1}), а не даты публикации {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_reasons.py" line="36"/>
        <source>relative to {0}, the text&apos;s own date ({1}); the document has no publication date</source>
        <translation>относительно {0}, собственной даты текста ({1}); у документа нет даты публикации</translation>
    </message>
</context>
<context>
    <name>EntitiesView</name>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="66"/>
        <source>Filter entities…</source>
        <translation>Фильтр сущностей…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="38"/>
        <location filename="../../desktop/ui/entities_view.py" line="99"/>
        <location filename="../../desktop/ui/entities_view.py" line="196"/>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="35"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="36"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="37"/>
        <source>Aliases</source>
        <translation>Псевдонимы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="39"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="100"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="102"/>
        <source>Fold the other selected entity into the current one</source>
        <translation>Влить другую выбранную сущность в текущую</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="104"/>
        <source>&amp;Split off</source>
        <translation>&amp;Отделить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="106"/>
        <source>Give the selected mention an entity of its own</source>
        <translation>Сделать для выбранного упоминания отдельную сущность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entities_view.py" line="201"/>
        <source>Mentions of {0}: {1}</source>
        <translation>Упоминания «{0}»: {1}</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="43"/>
        <source>Entity details</source>
        <translation>Сведения о сущности</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="50"/>
        <source>person</source>
        <translation>персона</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="51"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="52"/>
        <source>state</source>
        <translation>государство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="53"/>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="54"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="60"/>
        <source>other names, separated by commas</source>
        <translation>другие названия через запятую</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="63"/>
        <source>e.g. Minister of Agriculture (2023–)</source>
        <translation>напр. министр сельского хозяйства (2023–)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="66"/>
        <source>e.g. Kazakhstan</source>
        <translation>напр. Казахстан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="67"/>
        <source>&amp;Save details</source>
        <translation>&amp;Сохранить сведения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="70"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="80"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="81"/>
        <source>T&amp;ype</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="82"/>
        <source>&amp;Aliases</source>
        <translation>&amp;Псевдонимы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="83"/>
        <source>&amp;Roles</source>
        <translation>&amp;Роли</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entity_editor.py" line="84"/>
        <source>C&amp;ountry</source>
        <translation>С&amp;трана</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="49"/>
        <source>HTML report (single file)</source>
        <translation>Отчёт HTML (один файл)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="50"/>
        <source>PDF report</source>
        <translation>Отчёт PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="51"/>
        <source>Markdown report</source>
        <translation>Отчёт Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="52"/>
        <source>Word document (DOCX)</source>
        <translation>Документ Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="53"/>
        <source>CSV (one row per tag)</source>
        <translation>CSV (по строке на метку)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="54"/>
        <source>JSON (tags, entities, links, references)</source>
        <translation>JSON (метки, сущности, связи, ссылки)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="55"/>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>Веб-аннотации W3C (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="58"/>
        <source>Cover</source>
        <translation>Обложка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="59"/>
        <source>Summary counts</source>
        <translation>Сводка по количеству</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="60"/>
        <source>Document texts with highlights and notes</source>
        <translation>Тексты документов с выделениями и заметками</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="61"/>
        <source>Actors index</source>
        <translation>Указатель акторов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="62"/>
        <source>Figures table</source>
        <translation>Таблица показателей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="63"/>
        <source>Timeline figure</source>
        <translation>Диаграмма хронологии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="64"/>
        <source>Claims, sources and grading</source>
        <translation>Утверждения, источники и оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="163"/>
        <location filename="../../desktop/ui/export_dialog.py" line="367"/>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="183"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="185"/>
        <source>Current</source>
        <translation>Текущий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="186"/>
        <source>Selected ({0})</source>
        <translation>Выбранные ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="187"/>
        <source>All ({0})</source>
        <translation>Все ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="197"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="201"/>
        <source>Kinds</source>
        <translation>Виды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="202"/>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="205"/>
        <source>Only tags created from</source>
        <translation>Только метки, созданные с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="217"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="223"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="233"/>
        <source>The timeline renderer is not available in this build.</source>
        <translation>Построение хронологии недоступно в этой сборке.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="238"/>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="241"/>
        <source>Report title (default: the document&apos;s title)</source>
        <translation>Заголовок отчёта (по умолчанию — заголовок документа)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="248"/>
        <source>US Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="250"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="251"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="252"/>
        <source>Paper (PDF)</source>
        <translation>Бумага (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="278"/>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="280"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="283"/>
        <source>Cancel export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="286"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="401"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="410"/>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="415"/>
        <source>Export failed: {0}</source>
        <translation>Экспорт не удался: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="386"/>
        <location filename="../../desktop/ui/export_dialog.py" line="417"/>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="423"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="81"/>
        <source>Reading the store…</source>
        <translation>Чтение хранилища…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="85"/>
        <source>Laying out the report…</source>
        <translation>Вёрстка отчёта…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="92"/>
        <source>Writing {0}…</source>
        <translation>Запись {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="94"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="36"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="37"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="38"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="39"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="40"/>
        <source>Scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="41"/>
        <source>Measures</source>
        <translation>Измеряет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="42"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="43"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="117"/>
        <source>Filter figures…</source>
        <translation>Фильтр цифр…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="129"/>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Копировать как CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="177"/>
        <source>All units</source>
        <translation>Все единицы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_view.py" line="183"/>
        <source>(no unit)</source>
        <translation>(без единицы)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="41"/>
        <source>Find in document</source>
        <translation>Найти в документе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="47"/>
        <source>Previous (Shift+F3)</source>
        <translation>Назад (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="50"/>
        <source>Next (F3)</source>
        <translation>Далее (F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="53"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="136"/>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="138"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../desktop/ui/localised.py" line="29"/>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="30"/>
        <source>Actor</source>
        <translation>Актор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="31"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="32"/>
        <source>Date / event</source>
        <translation>Дата / событие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="33"/>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="34"/>
        <source>{0}–{1} (decade)</source>
        <translation>{0}–{1} (десятилетие)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="35"/>
        <source>{0}s</source>
        <translation>{0}-е</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="36"/>
        <source>before {0}</source>
        <translation>до {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="37"/>
        <source>after {0}</source>
        <translation>после {0}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="51"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="56"/>
        <source>System default ({0})</source>
        <translation>Как в системе ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="76"/>
        <source>The language will change when you restart {0}.</source>
        <translation>Язык сменится после перезапуска {0}.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="204"/>
        <source>delete document</source>
        <translation>удалить документ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="204"/>
        <source>delete {0} documents</source>
        <translation>удалить документы ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="210"/>
        <source>add to “{0}”</source>
        <translation>добавить в «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="215"/>
        <source>remove from “{0}”</source>
        <translation>убрать из «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="220"/>
        <source>Save search as a collection</source>
        <translation>Сохранить поиск как коллекцию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="220"/>
        <source>New collection</source>
        <translation>Новая коллекция</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="221"/>
        <location filename="../../desktop/ui/library_controller.py" line="228"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="224"/>
        <source>new collection</source>
        <translation>новая коллекция</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="228"/>
        <source>Rename collection</source>
        <translation>Переименовать коллекцию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="232"/>
        <source>rename collection</source>
        <translation>переименовать коллекцию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_controller.py" line="235"/>
        <source>delete collection</source>
        <translation>удалить коллекцию</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="31"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="32"/>
        <source>Site</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="33"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="34"/>
        <source>Published</source>
        <translation>Дата публ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="35"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="36"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="37"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="38"/>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="39"/>
        <source>Actors</source>
        <translation>Акторы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="40"/>
        <source>Figures</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="41"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="168"/>
        <source>Filter documents… (words, claims&gt;3, figures=0)</source>
        <translation>Фильтр документов… (слова, claims&gt;3, figures=0)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="200"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="225"/>
        <source>&amp;Delete documents</source>
        <translation>&amp;Удалить документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="230"/>
        <source>&amp;Review selected documents against a colleague&apos;s store…</source>
        <translation>&amp;Сверить выбранные документы с хранилищем коллеги…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="264"/>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="411"/>
        <source>Documents: {0}</source>
        <translation>Документов: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="411"/>
        <source>Documents: {0} of {1}</source>
        <translation>{0} из {1} документов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="442"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="443"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="445"/>
        <source>Add to collection</source>
        <translation>Добавить в коллекцию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="453"/>
        <source>Remove from “{0}”</source>
        <translation>Убрать из «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="463"/>
        <source>New collection…</source>
        <translation>Новая коллекция…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="466"/>
        <source>New collection inside “{0}”…</source>
        <translation>Новая коллекция внутри «{0}»…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="472"/>
        <source>Save the search as a collection…</source>
        <translation>Сохранить поиск как коллекцию…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="476"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_panel.py" line="477"/>
        <source>Delete collection</source>
        <translation>Удалить коллекцию</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="92"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="104"/>
        <source>&amp;New store…</source>
        <translation>&amp;Новое хранилище…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="106"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Открыть хранилище…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="108"/>
        <source>Set &amp;author name…</source>
        <translation>Указать имя &amp;автора…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="110"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="39"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="41"/>
        <location filename="../../desktop/ui/undo.py" line="71"/>
        <location filename="../../desktop/ui/undo.py" line="93"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="42"/>
        <location filename="../../desktop/ui/undo.py" line="72"/>
        <location filename="../../desktop/ui/undo.py" line="93"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="61"/>
        <source>{0} — in “{1}”</source>
        <translation>{0} — в «{1}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="101"/>
        <source>Done: {0}</source>
        <translation>Выполнено: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="117"/>
        <source>&amp;Delete tag</source>
        <translation>&amp;Удалить метку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="122"/>
        <source>&amp;Link two tags…</source>
        <translation>&amp;Связать две метки…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="123"/>
        <source>Link the two tags selected in the panel</source>
        <translation>Связать две метки, выбранные на панели</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="125"/>
        <source>&amp;Codebook…</source>
        <translation>&amp;Кодовая книга…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="127"/>
        <source>Detect &amp;suggestions</source>
        <translation>Найти &amp;предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="128"/>
        <source>Find candidate figures, dates and actors in this document</source>
        <translation>Найти в документе возможные показатели, даты и акторов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="131"/>
        <source>Show &amp;library</source>
        <translation>Показать &amp;библиотеку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="134"/>
        <source>Show &amp;tags panel</source>
        <translation>Показать панель &amp;меток</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="138"/>
        <source>&amp;Page view</source>
        <translation>&amp;Постраничный вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="139"/>
        <source>Show the real pages of a PDF or EPUB (off: the reflowed text)</source>
        <translation>Показать настоящие страницы PDF или EPUB (выкл.: сплошной текст)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="141"/>
        <source>&amp;Go to page…</source>
        <translation>&amp;Перейти к странице…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="143"/>
        <source>Fit &amp;width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="145"/>
        <source>Fit &amp;page</source>
        <translation>Страница &amp;целиком</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="147"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="149"/>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="151"/>
        <source>Underline s&amp;uggestions</source>
        <translation>Подчёркивать &amp;предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="158"/>
        <source>&amp;Find in document…</source>
        <translation>&amp;Найти в документе…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="160"/>
        <source>&amp;Search the library…</source>
        <translation>&amp;Поиск по библиотеке…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="162"/>
        <source>&amp;About Claimline</source>
        <translation>&amp;О программе Claimline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="179"/>
        <source>Tag as {0}</source>
        <translation>Пометить как «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="183"/>
        <source>Tag the selection as {0} ({1})</source>
        <translation>Пометить выделенное как «{0}» ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="205"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="207"/>
        <source>Import from &amp;other tools</source>
        <translation>Импорт из &amp;других программ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="210"/>
        <source>Export for o&amp;ther tools</source>
        <translation>Экспорт для д&amp;ругих программ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="216"/>
        <source>Recent stores</source>
        <translation>Недавние хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="221"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="229"/>
        <source>&amp;Tag</source>
        <translation>&amp;Метка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="230"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="252"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="255"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="267"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="60"/>
        <source>Cannot open store</source>
        <translation>Не удаётся открыть хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="84"/>
        <location filename="../../desktop/ui/stores.py" line="88"/>
        <source>New store</source>
        <translation>Новое хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="85"/>
        <source>Claimline stores (*.claimline *.sqlite)</source>
        <translation>Хранилища Claimline (*.claimline *.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="88"/>
        <source>{0} already exists; use Open store.</source>
        <translation>{0} уже существует; воспользуйтесь командой «Открыть хранилище».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="95"/>
        <source>Open store</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <location filename="../../desktop/ui/stores.py" line="96"/>
        <source>Claimline stores (*.claimline *.sqlite *.db);;All files (*)</source>
        <translation>Хранилища Claimline (*.claimline *.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="59"/>
        <source>edit document details</source>
        <translation>изменить сведения о документе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="63"/>
        <source>Document details saved.</source>
        <translation>Сведения о документе сохранены.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="68"/>
        <source>set publication date</source>
        <translation>указать дату публикации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="84"/>
        <source>Import documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="40"/>
        <source>Documents ({0});;All files (*)</source>
        <translation>Документы ({0});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="60"/>
        <source>An import is already running.</source>
        <translation>Импорт уже выполняется.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="106"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="111"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112"/>
        <location filename="../../desktop/ui/suggestions_controller.py" line="74"/>
        <source>Suggestions</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="113"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="138"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139"/>
        <source>Entities</source>
        <translation>Сущности</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140"/>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141"/>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="93"/>
        <source>Import documents (text, Markdown, HTML, PDF, EPUB)</source>
        <translation>Импорт документов (текст, Markdown, HTML, PDF, EPUB)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="95"/>
        <source>&amp;Re-import new version…</source>
        <translation>&amp;Повторный импорт новой версии…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="96"/>
        <source>Replace the open document by a newer file, keeping every tag</source>
        <translation>Заменить открытый документ более новым файлом, сохранив все метки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="98"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Экспорт отчёта…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="99"/>
        <source>Export an annotated report or the tags as data</source>
        <translation>Экспортировать аннотированный отчёт или метки как данные</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="101"/>
        <source>Re&amp;view colleague&apos;s store…</source>
        <translation>П&amp;роверить хранилище коллеги…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="102"/>
        <source>Compare a colleague&apos;s store with this one, merge, measure agreement</source>
        <translation>Сравнить хранилище коллеги с этим, объединить, измерить согласованность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="44"/>
        <location filename="../../desktop/ui/exchange.py" line="50"/>
        <source>REFI-QDA project (.qdpx)…</source>
        <translation>Проект REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="47"/>
        <source>Export documents, kinds and tags for NVivo, ATLAS.ti, MAXQDA, QualCoder</source>
        <translation>Экспортировать документы, виды и метки для NVivo, ATLAS.ti, MAXQDA, QualCoder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="52"/>
        <source>Import a project from NVivo, ATLAS.ti, MAXQDA, QualCoder</source>
        <translation>Импортировать проект из NVivo, ATLAS.ti, MAXQDA, QualCoder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="60"/>
        <location filename="../../desktop/ui/exchange.py" line="77"/>
        <source>Export REFI-QDA project</source>
        <translation>Экспорт проекта REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="61"/>
        <location filename="../../desktop/ui/exchange.py" line="69"/>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>Проект REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="68"/>
        <location filename="../../desktop/ui/exchange.py" line="87"/>
        <source>Import REFI-QDA project</source>
        <translation>Импорт проекта REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="78"/>
        <source>Writing {0}…</source>
        <translation>Запись {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="79"/>
        <source>Wrote {0}:</source>
        <translation>Записан {0}:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="95"/>
        <source>An exchange is already running.</source>
        <translation>Обмен уже выполняется.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="103"/>
        <location filename="../../desktop/ui/imports.py" line="65"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="121"/>
        <source>… and {0} more</source>
        <translation>… и ещё {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="105"/>
        <location filename="../../desktop/ui/imports.py" line="155"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange.py" line="88"/>
        <location filename="../../desktop/ui/imports.py" line="112"/>
        <location filename="../../desktop/ui/imports.py" line="227"/>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="131"/>
        <source>These files could not be imported (nothing of them was stored):</source>
        <translation>Эти файлы не удалось импортировать (из них ничего не сохранено):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="134"/>
        <source>Already in the store (not duplicated):</source>
        <translation>Уже есть в хранилище (не продублировано):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="141"/>
        <source>Imported {0} of {1} file(s)</source>
        <translation>Импортировано файлов: {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="143"/>
        <source>Some pages have no text layer (scans?); they are empty in the text view:</source>
        <translation>На некоторых страницах нет текстового слоя (сканы?); в текстовом виде они пусты:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="145"/>
        <source>{0}: pages {1}</source>
        <translation>{0}: страницы {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="152"/>
        <source>Not UTF-8: the encoding was guessed; check the text:</source>
        <translation>Не UTF-8: кодировка угадана; проверьте текст:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="166"/>
        <source>“{0}” is locked with a password. Password:</source>
        <translation>«{0}» защищён паролем. Пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="168"/>
        <source>That password does not open “{0}”. Try again:</source>
        <translation>Этот пароль не открывает «{0}». Попробуйте ещё раз:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="169"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="176"/>
        <source>Not imported: {0}</source>
        <translation>Не импортирован: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="182"/>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="194"/>
        <source>Open the document to re-import first.</source>
        <translation>Сначала откройте документ для повторного импорта.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="199"/>
        <source>Re-import a newer version of “{0}”</source>
        <translation>Импортировать более новую версию «{0}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="226"/>
        <source>Re-import</source>
        <translation>Повторный импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="233"/>
        <source>Re-import cancelled; nothing changed.</source>
        <translation>Повторный импорт отменён; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="242"/>
        <source>Version {0}: {1} tags found exactly, {2} fuzzily, {3} orphaned.</source>
        <translation>Версия {0}: точно найдено меток: {1}, приблизительно: {2}, осиротело: {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports.py" line="246"/>
        <source>The file&apos;s text is the stored text; nothing changed.</source>
        <translation>Текст файла совпадает с сохранённым; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="124"/>
        <source>Select the passage the tag belongs to first.</source>
        <translation>Сначала выделите фрагмент, к которому относится метка.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="132"/>
        <source>re-attach tag</source>
        <translation>прикрепить метку заново</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="382"/>
        <source>Review a colleague&apos;s store</source>
        <translation>Проверить хранилище коллеги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="393"/>
        <source>That is the store open in this window.</source>
        <translation>Это хранилище уже открыто в этом окне.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="48"/>
        <source>Select some text to tag first.</source>
        <translation>Сначала выделите текст для метки.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="54"/>
        <source>The selection holds only blanks.</source>
        <translation>Выделение состоит только из пробелов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>edit note</source>
        <translation>изменение заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="195"/>
        <source>change kind</source>
        <translation>изменение вида</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="95"/>
        <source>Select exactly two tags in the panel (Ctrl+click) to link them.</source>
        <translation>Чтобы связать метки, выберите на панели ровно две (Ctrl+щелчок).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="98"/>
        <source>Link two tags</source>
        <translation>Связать две метки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tagging.py" line="98"/>
        <source>Relation of the first tag to the second:</source>
        <translation>Отношение первой метки ко второй:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_controller.py" line="98"/>
        <source>Suggestions failed: {0}</source>
        <translation>Не удалось найти предложения: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="114"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="115"/>
        <source>The name Claimline puts on your tags (you can change it in the File menu):</source>
        <translation>Имя, которым Claimline подписывает ваши метки (его можно изменить в меню «Файл»):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="458"/>
        <source>No document — import one with Ctrl+O or drop files here</source>
        <translation>Нет документа — импортируйте его через Ctrl+O или перетащите файлы сюда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="125"/>
        <source>About Claimline</source>
        <translation>О программе Claimline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="127"/>
        <source>Tag claims, actors, figures and dates in what you read; offline.</source>
        <translation>Отмечайте в прочитанном утверждения, участников, цифры и даты — без сети.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/stores.py" line="129"/>
        <source>Store: {0}</source>
        <translation>Хранилище: {0}</translation>
    </message>
</context>
<context>
    <name>MeaningForm</name>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="41"/>
        <source>A – completely reliable</source>
        <translation>A – полностью надёжен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="42"/>
        <source>B – usually reliable</source>
        <translation>B – обычно надёжен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="43"/>
        <source>C – fairly reliable</source>
        <translation>C – достаточно надёжен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="44"/>
        <source>D – not usually reliable</source>
        <translation>D – обычно ненадёжен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="45"/>
        <source>E – unreliable</source>
        <translation>E – ненадёжен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="46"/>
        <source>F – cannot be judged</source>
        <translation>F – оценить нельзя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="49"/>
        <source>1 – confirmed</source>
        <translation>1 – подтверждено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="50"/>
        <source>2 – probably true</source>
        <translation>2 – вероятно, верно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="51"/>
        <source>3 – possibly true</source>
        <translation>3 – возможно, верно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="52"/>
        <source>4 – doubtful</source>
        <translation>4 – сомнительно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="53"/>
        <source>5 – improbable</source>
        <translation>5 – маловероятно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="54"/>
        <source>6 – cannot be judged</source>
        <translation>6 – оценить нельзя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="58"/>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="59"/>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="60"/>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="61"/>
        <source>decade</source>
        <translation>десятилетие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="65"/>
        <source>closed: both ends known</source>
        <translation>закрытая: известны оба конца</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="66"/>
        <source>open before: no known first day</source>
        <translation>открытая в начале: первый день неизвестен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="67"/>
        <source>open after: no known last day</source>
        <translation>открытая в конце: последний день неизвестен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="70"/>
        <source>asserted by</source>
        <translation>кем утверждается</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="71"/>
        <source>about</source>
        <translation>касается</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="72"/>
        <source>supports</source>
        <translation>подтверждает</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="73"/>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="74"/>
        <source>related</source>
        <translation>связано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="195"/>
        <source>number, e.g. 1300000</source>
        <translation>число, напр. 1300000</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="197"/>
        <source>t, %, USD…</source>
        <translation>т, %, USD…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="201"/>
        <source>what it measures, e.g. grain exports</source>
        <translation>что измеряет, напр. экспорт зерна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="203"/>
        <source>period it covers, e.g. 2024</source>
        <translation>охватываемый период, напр. 2024</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="204"/>
        <source>&amp;Value</source>
        <translation>&amp;Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="205"/>
        <source>&amp;Unit</source>
        <translation>&amp;Единица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="207"/>
        <source>&amp;Measures</source>
        <translation>&amp;Измеряет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="208"/>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="217"/>
        <source>type a date: 22 May 2025, June 2025, 2024–2025</source>
        <translation>введите дату: 22 May 2025, June 2025, 2024–2025</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="224"/>
        <location filename="../../desktop/ui/meaning_form.py" line="226"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="242"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="244"/>
        <source>&amp;From – to</source>
        <translation>&amp;С – по</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="245"/>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="246"/>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="247"/>
        <source>P&amp;lace</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="248"/>
        <source>Partici&amp;pants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="274"/>
        <source>name of another entity</source>
        <translation>имя другой сущности</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="275"/>
        <source>&amp;New entity</source>
        <translation>&amp;Новая сущность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="281"/>
        <source>&amp;Entity</source>
        <translation>&amp;Сущность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="283"/>
        <source>Same as?</source>
        <translation>Это она?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="285"/>
        <source>Or new</source>
        <translation>Или новая</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="295"/>
        <location filename="../../desktop/ui/meaning_form.py" line="299"/>
        <source>— not graded</source>
        <translation>— без оценки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="303"/>
        <source>topics, comma-separated</source>
        <translation>темы через запятую</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="304"/>
        <source>Asserted &amp;by</source>
        <translation>&amp;Кем утверждается</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="305"/>
        <source>C&amp;ites</source>
        <translation>&amp;Ссылается на</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="306"/>
        <source>&amp;Reliability</source>
        <translation>&amp;Надёжность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="307"/>
        <source>Cr&amp;edibility</source>
        <translation>&amp;Достоверность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="308"/>
        <source>T&amp;opics</source>
        <translation>&amp;Темы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="319"/>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="335"/>
        <source>&amp;Link</source>
        <translation>&amp;Связать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="338"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="430"/>
        <source>no number read</source>
        <translation>число не распознано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="431"/>
        <source>(written: {0})</source>
        <translation>(в тексте: {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="440"/>
        <source>undated — type a date above</source>
        <translation>без даты — введите дату выше</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="462"/>
        <source>— no entity</source>
        <translation>— нет сущности</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="466"/>
        <source>{0}  ({1}% match)</source>
        <translation>{0}  (совпадение {1}%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="478"/>
        <source>Use “{0}” ({1}% match)</source>
        <translation>Взять «{0}» (совпадение {1}%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="483"/>
        <source>Not linked to an entity.</source>
        <translation>Не связано с сущностью.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="487"/>
        <source>also: </source>
        <translation>также: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="500"/>
        <source>— nobody named</source>
        <translation>— никто не назван</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="505"/>
        <source>— no reference</source>
        <translation>— нет ссылки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="521"/>
        <source>this {0} {1}</source>
        <translation>эта метка → {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="521"/>
        <source>{0} {1} this</source>
        <translation>{0} → {1} → эта метка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="526"/>
        <source>No links. Choose a relation and a tag below.</source>
        <translation>Связей нет. Выберите ниже отношение и метку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meaning_form.py" line="548"/>
        <source>Cannot read “{0}” as a date.</source>
        <translation>Не удаётся прочитать «{0}» как дату.</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="33"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="34"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="34"/>
        <source>Who wrote it</source>
        <translation>Кто написал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="35"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="35"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="36"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="36"/>
        <source>Publication or site</source>
        <translation>Издание или сайт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="37"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="37"/>
        <source>e.g. en, tr, ru</source>
        <translation>напр. en, tr, ru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="72"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="73"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="77"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="78"/>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="103"/>
        <source> ({0} without text: {1})</source>
        <translation> (без текста {0}: {1})</translation>
    </message>
</context>
<context>
    <name>MigrationProgress</name>
    <message>
        <location filename="../../desktop/ui/migration_progress.py" line="17"/>
        <source>Building the search index</source>
        <translation>построение поискового индекса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/migration_progress.py" line="29"/>
        <source>Updating the store: {0}…</source>
        <translation>Обновление хранилища: {0}…</translation>
    </message>
</context>
<context>
    <name>OrphanList</name>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="160"/>
        <source>Re-attach to selection</source>
        <translation>Привязать к выделению</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="161"/>
        <source>Select the new text in the reader first</source>
        <translation>Сначала выделите новый текст в окне чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="182"/>
        <source>{0} orphaned tag(s): their text is not in this version</source>
        <translation>Потерянных меток: {0} — их текста нет в этой версии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/metadata_panel.py" line="182"/>
        <source>No orphaned tags</source>
        <translation>Потерянных меток нет</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="175"/>
        <source>Page (Ctrl+G)</source>
        <translation>Страница (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="176"/>
        <source>Page number</source>
        <translation>Номер страницы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="181"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="191"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="192"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="193"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="193"/>
        <source>Fit the page width</source>
        <translation>Вписать по ширине страницы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="194"/>
        <source>Fit page</source>
        <translation>Вся страница</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="194"/>
        <source>Fit the whole page</source>
        <translation>Вписать всю страницу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="242"/>
        <source>The original file cannot be shown (it is a Claimline store).</source>
        <translation>Исходный файл показать нельзя (это хранилище Claimline).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="252"/>
        <source>The original file cannot be shown ({0}).</source>
        <translation>Исходный файл нельзя показать ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="255"/>
        <source>The original file is locked with a password.</source>
        <translation>Исходный файл защищён паролем.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="567"/>
        <source>of {0}</source>
        <translation>из {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="572"/>
        <source>No text layer on this page (scanned?): it cannot be tagged</source>
        <translation>На этой странице нет текстового слоя (скан?): её нельзя разметить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_view.py" line="636"/>
        <source>No text layer on this page (scanned?)</source>
        <translation>На этой странице нет текстового слоя (скан?)</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../desktop/ui/reader.py" line="459"/>
        <source>Tag as</source>
        <translation>Пометить как</translation>
    </message>
</context>
<context>
    <name>ReviewReasons</name>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="20"/>
        <source>same tag</source>
        <translation>та же метка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="21"/>
        <source>same kind and span</source>
        <translation>тот же вид и фрагмент</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="22"/>
        <source>tagged by them only</source>
        <translation>отмечено только ими</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="23"/>
        <source>tagged by me only</source>
        <translation>отмечено только мной</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="24"/>
        <source>their quote was not found in my text</source>
        <translation>их цитата не найдена в моём тексте</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="25"/>
        <source>deleted by me</source>
        <translation>удалено мной</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="26"/>
        <source>deleted by them</source>
        <translation>удалено ими</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="27"/>
        <source>edited by me</source>
        <translation>изменено мной</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="28"/>
        <source>edited by them</source>
        <translation>изменено ими</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="30"/>
        <source>span</source>
        <translation>фрагмент</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="31"/>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="32"/>
        <source>entity</source>
        <translation>сущность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="33"/>
        <source>attributes</source>
        <translation>атрибуты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="36"/>
        <source>edited by them only: {0}</source>
        <translation>изменено только ими: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="37"/>
        <source>edited by me only: {0}</source>
        <translation>изменено только мной: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="38"/>
        <source>edited on both sides: {0}</source>
        <translation>изменено с обеих сторон: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="42"/>
        <source>overlapping spans: {0} / {1}</source>
        <translation>пересекающиеся фрагменты: {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="44"/>
        <source>same kind, different extent: {0}</source>
        <translation>тот же вид, другие границы: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_reasons.py" line="45"/>
        <source>kind {0} / {1}</source>
        <translation>вид {0} / {1}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="67"/>
        <source>agreed</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="68"/>
        <source>only mine</source>
        <translation>только у меня</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="69"/>
        <source>only theirs</source>
        <translation>только у них</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="70"/>
        <source>boundary</source>
        <translation>разные границы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="71"/>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="72"/>
        <source>deleted by one side</source>
        <translation>удалено одной стороной</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="170"/>
        <source>All statuses</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="178"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="178"/>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="179"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="201"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="201"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="155"/>
        <source>me</source>
        <translation>я</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="156"/>
        <source>Review {0}&apos;s store ({1})</source>
        <translation>Сверка с хранилищем: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="158"/>
        <source>, {0} selected documents</source>
        <translation>, выбрано документов: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="189"/>
        <source>Mine ({0})</source>
        <translation>Мои ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="190"/>
        <source>Theirs ({0})</source>
        <translation>Чужие ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="202"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="214"/>
        <source>Accept theirs (T)</source>
        <translation>Принять их вариант (T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="215"/>
        <source>Keep mine (M)</source>
        <translation>Оставить мой (M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="216"/>
        <source>Previous (P)</source>
        <translation>Предыдущее (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="217"/>
        <source>Next (N)</source>
        <translation>Следующее (N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="218"/>
        <source>Accept all non-conflicting…</source>
        <translation>Принять все бесконфликтные…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="219"/>
        <source>Agreement…</source>
        <translation>Согласованность…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="235"/>
        <source>Skipped {0} invalid rows of their store (hover for the reasons)</source>
        <translation>Пропущено недопустимых строк в их хранилище: {0} (причины — во всплывающей подсказке)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="269"/>
        <source> (only mine)</source>
        <translation> (только у меня)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="269"/>
        <source> (only theirs)</source>
        <translation> (только у них)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="270"/>
        <source>{0} — {1} to review</source>
        <translation>{0} — к проверке: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="288"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="323"/>
        <source>kept</source>
        <translation>оставлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="392"/>
        <source>A different entity: add “{0}” as a new one</source>
        <translation>Другая сущность: добавить «{0}» как новую</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="394"/>
        <source>Which entity is it?</source>
        <translation>Какая это сущность?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="395"/>
        <source>Their entity “{0}” matches several of yours by name or alias. Which one is it?</source>
        <translation>Их сущность «{0}» совпадает по названию или псевдониму с несколькими вашими. Какая из них?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="439"/>
        <source>accept {0} non-conflicting items</source>
        <translation>принятие бесконфликтных элементов: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="579"/>
        <source>Reading and comparing {0}…</source>
        <translation>Чтение и сравнение {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="580"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_view.py" line="582"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="112"/>
        <source>Search the library: words, &quot;phrases&quot;, prefix*, kind:claim…</source>
        <translation>Поиск по библиотеке: слова, &quot;фразы&quot;, префикс*, kind:claim…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="176"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="176"/>
        <source>tag</source>
        <translation>метка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="176"/>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="176"/>
        <source>actor</source>
        <translation>актор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="196"/>
        <source>No hits</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="196"/>
        <source>Hits: {0} · documents: {1}</source>
        <translation>Совпадений: {0} · документов: {1}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="38"/>
        <source>This store has no documents yet</source>
        <translation>В этом хранилище пока нет документов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="46"/>
        <source>Drop PDF, EPUB, web pages (HTML), Markdown or text files here
— several at once; they are read in the background.</source>
        <translation>Перетащите сюда файлы PDF, EPUB, веб-страницы (HTML), Markdown или текст
— можно несколько сразу; они читаются в фоне.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="53"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="56"/>
        <source>Open the &amp;sample article</source>
        <translation>Открыть &amp;пример статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="58"/>
        <source>“The Rising Axis of Trade in Central Asia”, a short analysis to try tagging on</source>
        <translation>Короткая аналитическая статья, чтобы попробовать разметку: «The Rising Axis of Trade in Central Asia»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_page.py" line="65"/>
        <source>Recent stores</source>
        <translation>Недавние хранилища</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="46"/>
        <source>The store {0} is damaged; nothing more is written to it.</source>
        <translation>Хранилище {0} повреждено; в него больше ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="50"/>
        <source>SQLite says: {0}
Open a backup or another store.</source>
        <translation>Сообщение SQLite: {0}
Откройте резервную копию или другое хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="56"/>
        <source>Open backup {0}</source>
        <translation>Открыть резервную копию {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="58"/>
        <source>Open another store…</source>
        <translation>Открыть другое хранилище…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="67"/>
        <source>Open store</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="68"/>
        <source>Claimline stores (*.claimline *.sqlite *.db *.bak);;All files (*)</source>
        <translation>Хранилища Claimline (*.claimline *.sqlite *.db *.bak);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="79"/>
        <source>{name} (read-only)</source>
        <translation>{name} (только чтение)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_errors.py" line="94"/>
        <source>Read-only: edits are disabled</source>
        <translation>Только чтение: правка отключена</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="47"/>
        <source>figure</source>
        <translation>показатель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="48"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="49"/>
        <source>actor</source>
        <translation>актор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="146"/>
        <location filename="../../desktop/ui/suggestions_panel.py" line="492"/>
        <source>No suggestions</source>
        <translation>Предложений нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="148"/>
        <source>Underline in text</source>
        <translation>Подчёркивать в тексте</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="150"/>
        <source>Show suggestions as dotted underlines in the reader</source>
        <translation>Показывать предложения пунктирным подчёркиванием в тексте</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="152"/>
        <source>Detect again</source>
        <translation>Найти снова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="153"/>
        <source>Run detection on the open document again</source>
        <translation>Снова выполнить поиск в открытом документе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="156"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="157"/>
        <source>Stop looking for suggestions in this document</source>
        <translation>Прекратить поиск предложений в этом документе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="173"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="173"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="173"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="191"/>
        <source>Accept all</source>
        <translation>Принять все</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="193"/>
        <source>Accept every suggestion of one kind in this document</source>
        <translation>Принять все предложения одного вида в этом документе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="195"/>
        <source>Accept all suggestions</source>
        <translation>Принять все предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="199"/>
        <source>Accept every suggestion of this kind in this document</source>
        <translation>Принять все предложения этого типа в документе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="207"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="208"/>
        <source>Accept the selected suggestion, or every mention of the selected group (Enter)</source>
        <translation>Принять выбранное предложение или все упоминания выбранной группы (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="210"/>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="212"/>
        <source>Dismiss the selected suggestion, or every mention of the selected group (Backspace)</source>
        <translation>Отклонить выбранное предложение или все упоминания выбранной группы (Backspace)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="224"/>
        <source>Enter accepts · Backspace dismisses · Tab goes to the next · on a group, all its mentions</source>
        <translation>Enter — принять · Backspace — отклонить · Tab — следующее · на группе — все её упоминания</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="241"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="241"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="241"/>
        <source>Actor</source>
        <translation>Актор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="244"/>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="244"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="244"/>
        <source>Actors</source>
        <translation>Акторы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="247"/>
        <source>1 figure</source>
        <translation>1 показатель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="247"/>
        <source>1 date</source>
        <translation>1 дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="247"/>
        <source>1 actor</source>
        <translation>1 актор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="248"/>
        <source>{0} figures</source>
        <translation>показателей: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="248"/>
        <source>{0} dates</source>
        <translation>дат: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="248"/>
        <source>{0} actors</source>
        <translation>акторов: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="258"/>
        <source>Looking for suggestions…</source>
        <translation>Поиск предложений…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="277"/>
        <source>Detection stopped</source>
        <translation>Поиск остановлен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="281"/>
        <source>Detection failed: {0}</source>
        <translation>Поиск не удался: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="296"/>
        <source>Loading the language models…</source>
        <translation>Загрузка языковых моделей…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="297"/>
        <source>Finding dates… {0} %</source>
        <translation>Поиск дат… {0} %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="298"/>
        <source>Finding figures… {0} %</source>
        <translation>Поиск показателей… {0} %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="299"/>
        <source>Finding names… {0} %</source>
        <translation>Поиск имён… {0} %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="300"/>
        <source>Finding actors… {0} %</source>
        <translation>Поиск акторов… {0} %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="301"/>
        <source>Looking for suggestions… {0} %</source>
        <translation>Поиск предложений… {0} %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="409"/>
        <source>{0} — {1} mentions</source>
        <translation>{0} — упоминаний: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="411"/>
        <source>Enter accepts all {0}, Backspace dismisses all; → shows them</source>
        <translation>Enter принимает все ({0}), Backspace отклоняет все; → показывает их</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="454"/>
        <source>confidence {0}</source>
        <translation>уверенность {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="485"/>
        <source>1 suggestion left: {0}</source>
        <translation>Осталось 1 предложение: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="487"/>
        <source>{0} suggestions left in {1} rows: {2}</source>
        <translation>Осталось предложений: {0}, строк: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="489"/>
        <source>{0} suggestions left: {1}</source>
        <translation>Осталось предложений: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="496"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="522"/>
        <source>accept {0} {1} suggestion</source>
        <translation>принятие {0} предложения ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="524"/>
        <source>accept {0} {1} suggestions</source>
        <translation>принятие предложений ({1}): {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="556"/>
        <source>dismiss suggestion</source>
        <translation>отклонение предложения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/suggestions_panel.py" line="558"/>
        <source>dismiss {0} suggestions</source>
        <translation>отклонение предложений: {0}</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <location filename="../../desktop/ui/theme_menu.py" line="24"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/theme_menu.py" line="26"/>
        <source>&amp;System</source>
        <translation>&amp;Системная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/theme_menu.py" line="26"/>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/theme_menu.py" line="26"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="262"/>
        <source>Actors</source>
        <translation>Акторы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="262"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="263"/>
        <source>Kinds</source>
        <translation>Виды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="295"/>
        <source>{0} — events: {1}</source>
        <translation>{0} — событий: {1}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="64"/>
        <source>(no actor)</source>
        <translation>(без актора)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="76"/>
        <source>{0} — written “{1}”</source>
        <translation>{0} — в тексте «{1}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="83"/>
        <source>Actors: {0}</source>
        <translation>Акторы: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="85"/>
        <source>Place: {0}</source>
        <translation>Место: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="87"/>
        <source>Figures: {0}</source>
        <translation>Показатели: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="381"/>
        <source>Lanes: actor</source>
        <translation>Дорожки: акторы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="382"/>
        <source>Lanes: document</source>
        <translation>Дорожки: документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="383"/>
        <source>Lanes: kind</source>
        <translation>Дорожки: виды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="386"/>
        <source>Lanes</source>
        <translation>Дорожки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="393"/>
        <source>Zoom out (-)</source>
        <translation>Уменьшить (-)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="394"/>
        <source>Zoom in (+)</source>
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="395"/>
        <source>Fit all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="396"/>
        <source>Show the whole timeline (0)</source>
        <translation>Показать всю хронологию (0)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="397"/>
        <source>Export the visible timeline as PNG</source>
        <translation>Экспортировать видимую часть хронологии в PNG</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="398"/>
        <source>Export the visible timeline as SVG</source>
        <translation>Экспортировать видимую часть хронологии в SVG</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="411"/>
        <source>Only this actor</source>
        <translation>Только этот актор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="412"/>
        <source>Only this kind</source>
        <translation>Только этот вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="413"/>
        <source>Only this document</source>
        <translation>Только этот документ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="414"/>
        <source>Only this author</source>
        <translation>Только этот автор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="420"/>
        <source>from YYYY-MM-DD</source>
        <translation>с ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="422"/>
        <source>until YYYY-MM-DD</source>
        <translation>по ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="424"/>
        <source>Search events…</source>
        <translation>Поиск событий…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="434"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="448"/>
        <source>Set publication date…</source>
        <translation>Указать дату публикации…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="450"/>
        <source>Relative dates such as “last year” are placed from the document&apos;s publication date</source>
        <translation>Относительные даты («в прошлом году») отсчитываются от даты публикации документа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="584"/>
        <source>Move lane up</source>
        <translation>Поднять дорожку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="585"/>
        <source>Move lane down</source>
        <translation>Опустить дорожку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="586"/>
        <source>Hide lane</source>
        <translation>Скрыть дорожку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="588"/>
        <location filename="../../desktop/ui/timeline_view.py" line="603"/>
        <source>Show all lanes</source>
        <translation>Показать все дорожки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="658"/>
        <source>All actors</source>
        <translation>Все акторы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="660"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="662"/>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="665"/>
        <source>All authors</source>
        <translation>Все авторы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="708"/>
        <source>{0} events · no filter</source>
        <translation>Событий: {0} · без фильтра</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="711"/>
        <source>{0} of {1} events · filtered by {2}</source>
        <translation>Событий: {0} из {1} · фильтр: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="716"/>
        <source>relative: the document has no publication date</source>
        <translation>относительная: у документа нет даты публикации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="717"/>
        <source>before the Common Era: outside the timeline</source>
        <translation>до н. э.: вне шкалы времени</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="718"/>
        <source>the date could not be read</source>
        <translation>дату не удалось прочитать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="726"/>
        <source>Undated ({0})</source>
        <translation>Без даты ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="748"/>
        <source>Publication date</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="749"/>
        <source>When was “{0}” published? (YYYY-MM-DD)</source>
        <translation>Когда опубликован «{0}»? (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline_view.py" line="781"/>
        <location filename="../../desktop/ui/timeline_view.py" line="790"/>
        <source>Export timeline</source>
        <translation>Экспорт хронологии</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../desktop/ui/localised.py" line="42"/>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="43"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="44"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="45"/>
        <source>km²</source>
        <translation>км²</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="46"/>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="47"/>
        <source>m³</source>
        <translation>м³</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="48"/>
        <source>ha</source>
        <translation>га</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="49"/>
        <source>people</source>
        <translation>чел.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="50"/>
        <source>pp</source>
        <translation>п. п.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="51"/>
        <source>bp</source>
        <translation>б. п.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="52"/>
        <source>bbl</source>
        <translation>барр.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="53"/>
        <source>bcm</source>
        <translation>млрд м³</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="54"/>
        <source>Mt</source>
        <translation>млн т</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="55"/>
        <source>kW</source>
        <translation>кВт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="56"/>
        <source>MW</source>
        <translation>МВт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="57"/>
        <source>GW</source>
        <translation>ГВт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="58"/>
        <source>kWh</source>
        <translation>кВт·ч</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="59"/>
        <source>MWh</source>
        <translation>МВт·ч</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="60"/>
        <source>GWh</source>
        <translation>ГВт·ч</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="61"/>
        <source>TWh</source>
        <translation>ТВт·ч</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="62"/>
        <source>TEU</source>
        <translation>ДФЭ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="63"/>
        <source>m²</source>
        <translation>м²</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="64"/>
        <source>mi²</source>
        <translation>кв. миль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="65"/>
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="66"/>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="67"/>
        <source>mi</source>
        <translation>миль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="68"/>
        <source>ft</source>
        <translation>фут.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="69"/>
        <source>acre</source>
        <translation>акр.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="70"/>
        <source>acre·ft</source>
        <translation>акр-фут</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="71"/>
        <source>fl oz</source>
        <translation>жидк. унц.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="72"/>
        <source>kr</source>
        <translation>крон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="73"/>
        <source>florin</source>
        <translation>флорин</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="74"/>
        <source>dirham</source>
        <translation>дирхам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="75"/>
        <source>riyal</source>
        <translation>риал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="76"/>
        <source>g</source>
        <translation>г</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="77"/>
        <source>mg</source>
        <translation>мг</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="78"/>
        <source>l</source>
        <translation>л</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="79"/>
        <source>ml</source>
        <translation>мл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="80"/>
        <source>in</source>
        <translation>дюйм.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="81"/>
        <source>lb</source>
        <translation>фунт.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="82"/>
        <source>ly</source>
        <translation>св. г.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="83"/>
        <source>W</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="84"/>
        <source>km/h</source>
        <translation>км/ч</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="85"/>
        <source>mph</source>
        <translation>миль/ч</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="86"/>
        <source>nmi</source>
        <translation>мор. миль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="87"/>
        <source>times</source>
        <translation>раз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="88"/>
        <source>magnitude</source>
        <translation>магнитуда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="89"/>
        <source>floors</source>
        <translation>эт.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="90"/>
        <source>V</source>
        <translation>В</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="91"/>
        <source>kcal</source>
        <translation>ккал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="92"/>
        <source>rpm</source>
        <translation>об/мин</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="93"/>
        <source>hp</source>
        <translation>л. с.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="94"/>
        <source>kn</source>
        <translation>уз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="95"/>
        <source>Gt</source>
        <translation>Гт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="96"/>
        <source>meV</source>
        <translation>мэВ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="97"/>
        <source>keV</source>
        <translation>кэВ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="98"/>
        <source>MeV</source>
        <translation>МэВ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="99"/>
        <source>GeV</source>
        <translation>ГэВ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="100"/>
        <source>TeV</source>
        <translation>ТэВ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="101"/>
        <source>pieces</source>
        <translation>шт.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="102"/>
        <source>Mbit/s</source>
        <translation>Мбит/с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="103"/>
        <source>Gbit/s</source>
        <translation>Гбит/с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="104"/>
        <source>TB</source>
        <translation>ТБ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="105"/>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="106"/>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="107"/>
        <source>cm³</source>
        <translation>см³</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="108"/>
        <source>m/s</source>
        <translation>м/с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="109"/>
        <source>m/s²</source>
        <translation>м/с²</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="110"/>
        <source>m³/s</source>
        <translation>м³/с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="112"/>
        <source>person</source>
        <translation>чел.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="113"/>
        <source>share</source>
        <translation>акц.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="114"/>
        <source>night</source>
        <translation>ночь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="115"/>
        <source>gal</source>
        <translation>гал.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="116"/>
        <source>oz</source>
        <translation>унц.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="118"/>
        <source>y</source>
        <translation>г.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="119"/>
        <source>mo</source>
        <translation>мес.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="120"/>
        <source>wk</source>
        <translation>нед.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="121"/>
        <source>d</source>
        <translation>дн.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="122"/>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="123"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/localised.py" line="124"/>
        <source>s</source>
        <translation>с</translation>
    </message>
</context>
</TS>
