// Whether a sentence dates a landmark: something founded, released, published, invented, begun or first done
// ("The Debian Project was officially founded ... on August 16th, 1993", "GPT-3 ... was released in 2020"). Its
// year is worth knowing. The year of a passing event ("In 2024, researchers used machine learning to ...", "On
// 1 November 2024, FERC rejected an application", "the hosting moved to i-Connect.Net late in 1995") is trivia:
// readers rejected such questions more than any other kind. Used by both offline generators to decide whether a
// year or a date may be the answer, or the swap of a false statement.

/** Verbs and words of landmarks, per language (the primary subtag). */
const LANDMARKS: Record<string, RegExp> = {
  en: /\b(?:found(?:ed|s|ing)|establish(?:ed|es)|creat(?:ed|es)|launch(?:ed|es)|releas(?:ed|es)|publish(?:ed|es)|introduc(?:ed|es)|invent(?:ed|s)|coin(?:ed|s)|beg[ia]n|begun|started|born|died|discover(?:ed|s)|developed|designed|proposed|formed|adopted|approved|passed|enacted|signed|ratified|won|beat|defeated|built|first|became|abolished|ended|renamed|crash(?:ed|es)|elected|appointed|succeeded|received|awarded|prizes?|awards?|books?|completed|opened|inaugurated)\b/iu,
  es: /(?<!\p{L})(?:fund(?:ó|ado|ada|aron)|public(?:ó|ado|ada|aron)|se publicó|lanz(?:ó|ado|ada|aron)|cre(?:ó|ado|ada|aron)|comenz(?:ó|aron)|empez(?:ó|aron)|naci(?:ó)|muri(?:ó)|invent(?:ó|ado|ada)|descubri(?:ó)|desarroll(?:ó|ado|ada)|aprob(?:ó|ado|ada)|firm(?:ó|ado|ada)|primer[oa]?|fue elegid[oa]|relevó|fue relevado|recibió|premio|libro|complet(?:ó|ado|ada)|inaugur(?:ó|ado|ada))(?!\p{L})/iu,
  pt: /(?<!\p{L})(?:fund(?:ou|ado|ada|aram)|public(?:ou|ado|ada|aram)|lanç(?:ou|ado|ada|aram)|cri(?:ou|ado|ada|aram)|começ(?:ou|aram)|nasceu|morreu|invent(?:ou|ado|ada)|descobri(?:u)|primeir[oa]|recebeu|prêmio|livro|inaugur(?:ou|ado|ada))(?!\p{L})/iu,
  it: /(?<!\p{L})(?:fond(?:ò|ato|ata|arono)|pubblic(?:ò|ato|ata|arono)|lanci(?:ò|ato|ata)|cre(?:ò|ato|ata)|inizi(?:ò|ato|ata)|nacque|morì|invent(?:ò|ato|ata)|scopr(?:ì)|prim[oa]|ricevette|premio|libro|inaugur(?:ò|ato|ata))(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:fond(?:é|ée|és|ées|a|èrent)|publi(?:é|ée|és|ées|a)|cré(?:é|ée|és|ées|a)|lanc(?:é|ée|és|ées)|lança|commenc(?:é|a)|n(?:é|ée)|mort|invent(?:é|ée|a)|découv(?:ert|rit)|sorti|sortie|premi(?:er|ère)|adopt(?:é|ée|a)|approuv(?:é|ée|a)|élu|élue|reçu|prix|livre|achevé|achevée|inaugur(?:é|ée|a))(?!\p{L})/iu,
  de: /(?<!\p{L})(?:gegründet|gründete|veröffentlicht|veröffentlichte|erschien|erschienen|geschaffen|gestartet|begann|begonnen|geboren|gestorben|starb|erfunden|erfand|entdeckt|entdeckte|entwickelt|entwickelte|eingeführt|verabschiedet|beschlossen|erste[nrsm]?|gewählt|erhielt|Preis|Buch|vollendet|eröffnet)(?!\p{L})/iu,
  zh: /成立|创立|创建|創建|发布|發布|发行|發行|推出|诞生|誕生|出生|去世|发明|發明|发现|發現|首次|第一|开始|開始|建立|完成|获得|獲得|开通|開通/u,
  ja: /設立|創立|発売|発表|公開|誕生|生まれ|死去|発明|発見|初めて|最初|開始|始ま|建設|完成|受賞|開業|開通/u,
  ru: /(?<!\p{L})(?:основа[нл]\p{L}*|выпущен\p{L}*|выпусти\p{L}*|созда[нл]\p{L}*|родил\p{L}*|умер\p{L}*|изобрет\p{L}*|открыт\p{L}*|впервые|перв\p{L}+|начал\p{L}*|построен\p{L}*|опубликова\p{L}*|получил\p{L}*|преми\p{L}*|книг\p{L}*|заверш\p{L}*)(?!\p{L})/iu,
  uk: /(?<!\p{L})(?:заснов\p{L}*|засну\p{L}*|створ[еи]\p{L}*|випущен\p{L}*|випусти\p{L}*|видан\p{L}*|народи\p{L}*|помер\p{L}*|винайш\p{L}*|винайд\p{L}*|винах[іо]д\p{L}*|відкри[лвт]\p{L}*|[ув]перше|перш\p{L}+|поча[вл]\p{L}*|розпоча\p{L}*|побудова\p{L}*|збудова\p{L}*|опублікова\p{L}*|отрима\p{L}*|премі\p{L}*|книг\p{L}*|заверш\p{L}*|ухвал\p{L}*|підписа\p{L}*|обран\p{L}*|признач\p{L}*|запущен\p{L}*|запусти\p{L}*)(?!\p{L})/iu,
  el: /(?<!\p{L})(?:ίδρυ\p{L}*|ιδρύ\p{L}*|ιδρυ\p{L}*|θεσπ\p{L}*|καθιερώθηκ\p{L}*|συστάθηκ\p{L}*|δημιο[υύ]ργ\p{L}*|ξεκίνησ\p{L}*|άρχισ\p{L}*|κυκλοφόρησ\p{L}*|δημοσ[ιί]ε[υύ]\p{L}*|εκδόθηκ\p{L}*|εξέδωσ\p{L}*|εισήγαγ\p{L}*|εισήχθη\p{L}*|εφηύρ\p{L}*|εφευρ\p{L}*|γεννήθηκ\p{L}*|πέθαν\p{L}*|απεβίωσ\p{L}*|ανακάλυψ\p{L}*|ανακαλύφθηκ\p{L}*|ανέπτυξ\p{L}*|αναπτύχθηκ\p{L}*|σχεδιάστηκ\p{L}*|υιοθετήθηκ\p{L}*|εγκρίθηκ\p{L}*|ψηφίστηκ\p{L}*|υπέγραψ\p{L}*|υπογρά[φψ]\p{L}*|επικυρώθηκ\p{L}*|κέρδισ\p{L}*|νίκησ\p{L}*|χτίστηκ\p{L}*|κτίστηκ\p{L}*|κατασκευάστηκ\p{L}*|πρώτ\p{L}*|πρωτο\p{L}+|καταργήθηκ\p{L}*|μετονομάστηκ\p{L}*|εξελέγ\p{L}*|εκλέχθηκ\p{L}*|διορίστηκ\p{L}*|βραβε[υύ]\p{L}*|βιβλίο\p{L}*|ολοκληρώθηκ\p{L}*|εγκαινι\p{L}*)(?!\p{L})/iu,
  // Arabic: a word may carry "and", "so", "by", "to" and the article before it; matched once vowel marks, the
  // tatweel and hamza's seats are taken out (datesLandmark).
  ar: /(?<!\p{L})(?:[وفبل]?(?:ال)?)(?:اسس\p{L}*|تاسس\p{L}*|تاسيس|انشا|انشات|انشئ\p{L}*|انشاء|اطلق\p{L}*|اطلاق|نشر\p{L}*|اصدر\p{L}*|اصدار|صدر|صدرت|الصادر\p{L}*|بدا|بدات|بدء|ولد|ولدت|توفي|توفيت|وفاة|اخترع\p{L}*|اختراع|اكتشف\p{L}*|اكتشاف|طور|طورت|طوره|اقر|اقرت|اقره|اعتمد|اعتمدت|صادق\p{L}*|وقع|وقعت|توقيع|فاز|فازت|هزم\p{L}*|اول|اولى|اصبح\p{L}*|الغي\p{L}*|الغاء|سمي|سميت|تسمية|انتخب\p{L}*|عين|عينت|تعيين|جائزة|كتاب|اكتمل\p{L}*|افتتح\p{L}*|افتتاح|تشكيل)(?!\p{L})/u,
  // Korean writes its particles and endings onto the word: a stem anywhere in it.
  ko: /설립|창립|창설|세워졌|출시|발표|공개|발매|출간|출판|발행|시작|태어|출생|사망|숨졌|발명|발견|개발|처음|최초|첫|완성|수상|개통|개관|제정|채택|서명|체결|선출|임명|창간|도입|건설|건립|폐지|승리|취임/u,
};

/**
 * True when the sentence dates a landmark in its language; true as well for a language with no list (no rule
 * is better than a wrong one there).
 */
export function datesLandmark(sentence: string, language: string): boolean {
  const words = LANDMARKS[language.toLowerCase().split('-')[0]!];
  return words === undefined || words.test(withoutArabicMarks(sentence));
}

/** Arabic as the lists above spell it: no vowel marks or tatweel, and a bare alef for أ, إ and آ. */
function withoutArabicMarks(sentence: string): string {
  return sentence.replace(/[\u064B-\u065F\u0670\u0640]/gu, '').replace(/[أإآ]/gu, 'ا');
}
