// Section headings as the subject a stem may name ("True or false (about “Caca”): ...", "참 또는 거짓
// (“하드웨어 음성 합성 장치”): ..."): a manual's sentences leave their subject to the heading above them. Shared
// by both offline generators.

/**
 * Headings that name no subject ("Introduction", "Εισαγωγή", "개요", "مقدمة"): a stem needs none of them, in the
 * languages either generator words questions in.
 */
const GENERIC_HEADING =
  /^(?:introduction|overview|summary|background|description|syntax|examples?|notes?|conclusions?|discussion|methods?|results|abstract|glossary|contents|history|references|preface|usage|options|see also|bugs|conventions|documentation|convenções|convenciones|convenzioni|konventionen|dokumentation|documentación|documentazione|documentação|документация|документація|τεκμηρίωση|문서|التوثيق|einleitung|einführung|überblick|zusammenfassung|beispiele?|hinweise?|inhalt|geschichte|vorwort|introducción|resumen|ejemplos?|notas?|historia|prefacio|índice|introduzione|sommario|esempi|storia|prefazione|introdução|resumo|exemplos?|histórico|prefácio|résumé|exemples?|remarques?|historique|préface|sommaire|введение|обзор|примеры?|примечани[ея]|история|предисловие|вступ|огляд|приклади?|примітки|історія|передмова|εισαγωγή|επισκόπηση|περίληψη|παραδείγματα|σημειώσεις|ιστορικό|πρόλογος|περιεχόμενα|개요|소개|요약|예제|참고|역사|머리말|차례|목차|مقدمة|تمهيد|ملخص|أمثلة|ملاحظات|تاريخ|المحتويات|מבוא|סיכום|דוגמאות|הערות|היסטוריה|תוכן|はじめに|概要|例|注意|歴史|目次|简介|概述|示例|历史|目录|前言)$/iu;
/** A heading's number or chapter word ("2.1.8.", "1장.", "Κεφάλαιο 6.", "A.1"), not part of what it names. */
const SECTION_NUMBER =
  /^(?:(?:chapter|chapitre|kapitel|capítulo|capitolo|глава|розділ|κεφάλαιο|الفصل|פרק)\s+\d+\.?|第\s*\d+\s*[章节節]|\d+\s*장\.?|[A-Z]\.(?:\d+\.?)*|\d+(?:\.\d+)*\.?)\s*/iu;
/** Words a section label may have at most, and letters. */
const MAX_SECTION_WORDS = 5;
const MAX_SECTION_LETTERS = 40;

/** Whether a heading, its number aside, is one that names no subject ("2.1 Introduction", "개요"). */
export function isGenericHeading(heading: string): boolean {
  return GENERIC_HEADING.test(heading.replace(SECTION_NUMBER, '').trim());
}

/**
 * What a heading names, as a statement's label may say it (the neutral generator's aboutSection); undefined for
 * a heading that names nothing, a long one, a running head in capitals, or one that is a sentence.
 */
export function sectionTopic(heading: string | undefined): string | undefined {
  const topic = heading?.replace(SECTION_NUMBER, '').replace(/\s+/gu, ' ').trim();
  if (!topic || topic.length < 3 || topic.length > MAX_SECTION_LETTERS) return undefined;
  if (topic.split(' ').length > MAX_SECTION_WORDS || isGenericHeading(topic)) return undefined;
  // A running head in capitals ("ΠΕΡΙΓΡΑΦΗ", "OPTIONS"), or a heading that is a sentence or a quotation.
  const capitals = topic.match(/\p{Lu}/gu)?.length ?? 0;
  const letters = topic.match(/\p{L}/gu)?.length ?? 0;
  if (/[.:;!?"“”«»„]/u.test(topic) || (!/\p{Ll}/u.test(topic) && capitals * 2 > letters)) return undefined;
  return topic;
}
