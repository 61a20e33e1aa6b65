// Rules for the text a question shows: a stem must stand alone (no pointer to a sentence, figure or listing
// the student cannot see), carry no markup or code, and read as clean text. They judge text only, in the
// languages the product reads most (English, French, German, Spanish); a rule that does not know a language
// simply finds nothing there. Used by the offline generator to choose sentences and by the question gate.

/** Opening words that lean on an earlier sentence: the student would not know who "he" is or what "this" is. */
const POINTER_OPENERS = new Set(
  [
    // English: pronouns, demonstratives, connectives that continue an argument.
    'he she it they them his her its their this these those that such there here thus hence therefore',
    'however moreover furthermore also besides nevertheless nonetheless consequently accordingly then so but',
    'and or yet instead otherwise likewise similarly finally additionally meanwhile afterwards later still',
    'another rather indeed obviously again conversely unfortunately fortunately naturally',
    // French
    'il elle ils elles ce cet cette ces cela ceci ça celui celle ceux celles lui leur leurs son sa ses',
    'ainsi donc cependant toutefois pourtant néanmoins alors puis mais ensuite enfin aussi sinon également',
    // German
    'er sie es dies diese dieser dieses diesen diesem jene jener jenes sein seine ihr ihre deshalb daher',
    'jedoch dennoch trotzdem somit also dann aber außerdem hier dort damit dabei dazu danach',
    'andernfalls ansonsten unglücklicherweise leider allerdings folglich zudem ferner stattdessen ebenso ebenfalls angenommen eigentlich tatsächlich',
    // Spanish
    'él ella ellos ellas esto este esta estos estas eso ese esa esos esas aquel aquella su sus',
    'sin embargo así pues entonces además luego pero también asimismo igualmente finalmente',
    // Italian ("il" is its article: see opensWithPointer)
    'questo questa questi queste quello quella quelli quelle ciò esso essa essi esse egli ella suo sua suoi sue',
    'inoltre tuttavia quindi perciò però pertanto infatti dunque allora invece poi comunque altrimenti ora',
    // Portuguese
    'ele ela eles elas isto isso aquilo esse essa esses essas aquele aquela seu seus suas',
    'portanto porém contudo todavia entretanto então também assim',
    // Russian and Ukrainian
    'он она оно они это этот эта эти тот та те его её их поэтому однако также затем тогда здесь там',
    'він вона воно вони цей ця ці той та ті його її їх тому однак також потім тоді тут там проте отже втім зате знову аналогічно',
    // "another": one of several the sentences before began to list (not "second": "Вторая мировая война")
    'другой другая другое другие інший інша інше інші',
    // Greek
    'αυτό αυτός αυτή αυτά αυτοί αυτές αυτού αυτής αυτών επίσης επιπλέον ωστόσο όμως έτσι τώρα επομένως συνεπώς λοιπόν εδώ εκεί',
    'αργότερα έπειτα κατόπιν μετέπειτα ακολούθως τελικά',
    // Hebrew
    'הוא היא הם הן זה זו זאת אלה אלו לכן אולם אך גם בנוסף כך',
    // Arabic
    'هو هي هم هذا هذه ذلك تلك هؤلاء لذلك لكن لكنه كما أيضا أيضاً ثم لاحقا لاحقاً وأخيرا وأخيراً',
    // Korean (a word with its particle: "그는", "이는")
    '또한 그러므로 따라서 그러나 하지만 즉 이 그 이러한 그러한 이런 그런 이것은 그것은 이는 그는 그들은 이들은 그래서 그리고 앞서 또 한편 이때 대신 반면 반대로 안타깝게도 불행히도 다행히도 당연히 물론',
  ]
    .join(' ')
    .split(' '),
);

/** Multi-word openers that point back ("as such", "in this case", "sin embargo"), and list steps ("Second,"). */
const POINTER_PHRASES =
  /^(?:(?:first|second|third|fourth|fifth|finally|lastly|next|last|secondly|thirdly|zweitens|drittens|deuxièmement|segundo|tercero)(?=\s*,)|as such|as (?:mentioned|noted|discussed|shown|seen|described|stated) (?:above|before|earlier|previously)|in (?:this|that|these|such|both|either) (?:case|cases|way|sense|context|example|situation|respect)|in (?:its|his|her|their) (?:view|opinion|words|judgment|analysis)|at the very least|the (?:final|last|next|previous|preceding|remaining|latter|former) (?!(?:\p{L}+ )?of\b)\p{L}+|for (?:this|that|these) reasons?|on the other hand|in other words|in addition|in particular|for example|for instance|by contrast|in contrast|in turn|to this end|de (?:même|plus|ce fait)|par (?:conséquent|exemple|ailleurs|contre)|en (?:effet|outre|revanche)|dans ce cas|zum Beispiel|im Gegensatz|das heißt|d\.\s?h\.|von daher|zum einen|zum anderen|im Übrigen|en fait|par la suite|du coup|d['’]ailleurs|de hecho|de lo contrario|en cambio|por el contrario|no obstante|in fact|as a result|of course|sin embargo|por (?:lo tanto|ejemplo|eso|otra parte|otro lado)|en (?:este|ese) caso|es decir|in (?:questo|tal) caso|per (?:questo|esempio)|di conseguenza|in altre parole|no entanto|além disso|por (?:isso|exemplo)|(?:neste|nesse) caso|em seguida|ou seja)\b/iu;

/**
 * The same in scripts without \b word edges: Cyrillic, Greek, Hebrew, Arabic and Korean ("Наприклад,", "Για
 * παράδειγμα", "Στο προηγούμενο παράδειγμα", "לעומת זאת", "على سبيل المثال", "예를 들어"), and "another", "the
 * other", "as for" of a list the sentences before began ("Ένα άλλο θέμα", "Ο άλλος", "أما الثاني").
 */
const POINTER_PHRASES_OTHER =
  /^(?:наприклад|таким чином|таким образом|крім того|у результаті|в результаті|в інших випадках|в других случаях|так само|і навпаки|и наоборот|точно так же|див\.|дивіться|см\.|смотрите|до того ж|з іншого боку|например|кроме того|с другой стороны|для прикладу|για παράδειγμα|στο προηγούμενο|(?:ο|η|το|οι|τα|στον|στην|στο) (?:επόμεν|προηγούμεν)\p{L}*|με αυτόν τον τρόπο|από την άλλη|לעומת זאת|עם זאת|כמו כן|על כן|على سبيل المثال|بالإضافة إلى ذلك|بعد ذلك|وبالفعل|بالفعل|في الواقع|من ناحية أخرى|예를 들어|이 경우|그 결과|ένας άλλος|ένα άλλο|μια άλλη|μία άλλη|[οo] άλλος|η άλλη|το άλλο|οι άλλοι|οι άλλες|τα άλλα|أما)(?!\p{L})/iu;

/** A cross-reference in a clause of its own ("..., see term caca", "; voir ..."): the answer is elsewhere. */
const CROSS_REFERENCE = /[,;]\s*(?:see|siehe|voir|véase|vea|ver|vedi|vedere|veja|consulte|consultez)\s+\p{L}/u;

/**
 * A cross-reference in brackets: "(siehe Abschnitt 5.2)", "(p. 240)", "（参见第 1.4.9 节）", "（詳細は第 3 章を参照）".
 * It sends the reader elsewhere for more, and the sentence says what it says without it.
 */
const BRACKETED_REFERENCE =
  /(\s?)(?:[（(]\s*(?:see|siehe|voir|véase|vea|ver|vedi|vedere|veja|consulte|cf\.|参见|參見|参看|參看|详见|詳見|见第|見第|参阅|參閱|詳細は|참조|참고)[^()（）]{0,60}|\(\s*(?:p|pp|S|pág|pag)\.\s*\d+\s*|[（(][^()（）]{0,40}参照(?:して|下さい|ください)?)[）)]/giu;

/** The text without its cross-references in brackets (see BRACKETED_REFERENCE): what a stem shows of a sentence. */
export function withoutCrossReferences(text: string): string {
  // The space before it stays between two words ("使用 ____ （参见 ...）记录" -> "使用 ____ 记录"), and goes
  // before another space or a punctuation mark ("signiert (siehe ...) und", "mousing (p. 240).").
  return text.replace(BRACKETED_REFERENCE, (match: string, space: string, offset: number) => {
    // A stem's blank inside it ("(vedere ____)") stays: the question is about what it names.
    if (match.includes('____')) return match;
    const next = text[offset + match.length] ?? '';
    return next === '' || /[\s\p{P}]/u.test(next) ? '' : space;
  });
}

/** Words anywhere in a sentence that point at something outside it: a figure, a listing, "the one above". */
const DEICTIC =
  /\bin parenthes[ie]s\b|\b(?:columns?|rows?|lines?|panels?|lignes?|colonnes?|Zeilen?|Spalten?|l[ií]neas?|columnas?)\s+\d|\bin (?:bold|italics?|red|blue|green|gr[ae]y)\b|\b(?:left|right)[- ]hand (?:columns?|sides?|panels?)\b|\bon the (?:left|right)\b|\b(?:like|as) (?:these|those)\b|\bthe (?:figure|diagram|chart|screenshot|illustration)\b|\b(?:above|below|the following|as follows|aforementioned|former|latter|ci-dessus|ci-dessous|suivante?s?|oben|unten|folgenden?|siguientes?|anterior(?:es)?)\b(?!\s*[-\d])|\b(?:fig(?:ure)?|table|tab|eq(?:uation)?|listing|abb(?:ildung)?|tabelle|gleichung|tabla|ecuaci[oó]n|figura|tableau|[ée]quation)\.?\s*\(?\d/iu;

/**
 * "As follows", "below" in Italian, Portuguese, Russian and Ukrainian ("nel modo seguente", "com o seguinte",
 * "следующим образом", "наведено нижче"), with boundaries that hold in any script (\b holds only in ASCII).
 */
const FOLLOWING =
  /(?<!\p{L})(?:seguent[ei]|seguintes?|di seguito|qui sotto|qui sopra|a seguir|abaixo|acima|quanto segue|следующ\p{L}*|ниже|выше|наступн\p{L}*|нижче|вище|précédemment|precedentemente|anteriormente|ранее|раніше|in entrambi i casi|em ambos os casos|dans les deux cas|en ambos casos|in beiden Fällen|в обоих случаях)(?!\p{L})/iu;

/**
 * A numbered section of the document in running text ("comme décrit en Section 5.21", "так же как и для
 * Раздел 9.1.1", "項9.1.2"): the sentence sends the reader elsewhere. (In brackets with "see", it is left out
 * of the stem instead: withoutCrossReferences.)
 */
const SECTION_REFERENCE =
  /(?<!\p{L})(?:Section|Sections|Chapter|Sezione|Sezioni|Capitolo|Secção|Seção|Sección|Capítulo|Chapitre|Abschnitt|Kapitel|Раздел[а-я]*|Глав[а-я]*|Розділ[а-я]*|Κεφάλαιο|Κεφαλαίου|Ενότητα|Ενότητας|Παράρτημα|Παραρτήματος|פרק|סעיף|الفصل|القسم|قسم|부록)\s+(?:\d+(?:\.\d+)*|[A-Z](?![\p{L}\d]))|項\s?\d+(?:\.\d+)+|第\s?\d+(?:\.\d+)*\s?[章節节]|제\s?\d+\s?[장절]|(?<![\d.])\d+(?:\.\d+)+\s?절|(?<![\d.])\d+\s?장(?:에서|에|의|을|으로)/u;

/**
 * Russian and Ukrainian pronouns and demonstratives anywhere in a sentence ("Наличие этих символьных ссылок",
 * "такого сайта", "допустят их удаления"): they stand for what a sentence before named. (After a dash, "это"
 * and "це" are the copula of a definition: "Linux — это ядро ...".)
 */
const CYRILLIC_POINTER =
  /(?<!\p{L})(?:он|она|оно|они|его|её|ее|их|им|ими|ему|ей|нему|ней|них|ним|нём|эт(?:от|а|и|их|ой|ого|ом|ому|ими|у)|(?<![—–-]\s?)(?:это|це)|так(?:ой|ая|ое|ие|их|ого|ом|ому|ую)|він|вона|воно|вони|його|її|їх|їм|них|ним|ними|нею|йому|їй|цей|ця|ці|цих|цього|цьому|цій|цю|цим|цими|такий|така|таке|такі)(?!\p{L})/iu;

/**
 * Demonstratives and pronouns of Hebrew, Arabic, Greek and Korean anywhere in a sentence ("בסוגיות אלה", "הכניסה
 * אליו", "هذه المخدمات", "صيغة هذا الملف", "بالإضافة لذلك", "τα αρχεία αυτά", "Την εποχή εκείνη", "그 이후";
 * Korean's determiners before a noun, "그 파일", "이 방법", "해당 항목"), "the same" ("στον ίδιο δίσκο", "في نفس
 * القرص": as which? not "في نفس الوقت", at once), "so" ("إذاً", written with its mark: "إذا" is "if"), and words that date it from the sentence
 * before ("כשנה לפני כן", "بعد ذلك", "이 때"), or set it beside one ("επίσης", "أيضا": also): they stand for what
 * the student has not read.
 */
const OTHER_POINTER =
  /(?<!\p{L})(?:אלה|אלו|הללו|זה|זו|זאת|אליו|אליה|אליהם|עליו|עליה|עליהם|ממנו|ממנה|מהם|בו|בה|בהם|לו|לה|להם|לפני כן|לאחר מכן|אחר כך|באותה|באותו|[وفبلك]?(?:هذا|هذه|ذلك|تلك|هؤلاء|أولئك|هذين|هاتين)|إذاً|إذًا|إذن|بعد ذلك|قبل ذلك|(?:ب|ل|و)?نفس ال(?!وقت)\p{L}+|αυτό|αυτός|αυτή|αυτά|αυτοί|αυτές|αυτού|αυτής|αυτών|αυτόν|αυτήν|εκείν(?:ος|η|ο|οι|ες|α|ου|ης|ων|ον|ην)|(?:ο|η|το|οι|τα|τον|την|τους|τις|του|της|των|στον|στην|στο|στους|στις|στα)\s+ίδι(?:ος|α|ο|οι|ες|ου|ας|ων|ον|ους)|τότε|επίσης|επιπλέον|أيضا|أيضاً|أيضًا|이 때|이때|그 때|그때|그 후|그 이후|이 경우|마찬가지로)(?!\p{L})|(?<!\p{L})(?:이|그|저|이러한|그러한|이런|그런|저런|해당)\s+\p{Script=Hangul}/u;

/**
 * Greek possessive clitics (his, her, its, their): after a noun, which then takes a second accent ("Η ύπαρξή
 * του"), or before the verb ("Το έργο του έπεσε σε σχετική αφάνεια"). The article of a genitive ("του
 * χλωροπλάστη", "της Ευρώπης") is followed by its noun, not a verb.
 */
const GREEK_CLITIC =
  /\p{L}*[άέήίόύώ]\p{L}*[άέήίόύώ]\s(?:του|της|τους)(?!\p{L})|(?<!\p{L})(?:του|της|τους)\s+\p{Ll}+(?:ηκε|ηκαν|θηκε|θηκαν|ησε|ησαν|ασε|ασαν|εσε|εψε|ειξε|ει|ουν|εται|ονται)(?!\p{L})/u;

/**
 * An Arabic possessive "his" or "its" on the subject of a sentence that opens with its verb ("أصبح عمله غير معروف
 * بعد موته": his work became unknown after his death): a word ending in ه among the first three, which nothing
 * before it in the sentence can stand for. Not a preposition with its pronoun ("فيه", "عليه"), nor a word whose
 * root ends in ه ("وجه", "اتجاه", "الله") or "this" (هذه, a pointer of its own).
 */
const ARABIC_POSSESSIVE =
  /^(?:\S+\s+){0,2}(?!(?:و|ف|ب|ل)?(?:ال)?(?:هذه|الله|فيه|عليه|إليه|لديه|منه|عنه|معه|بينه|حوله|نحوه|دونه|عنده|وجه|شبه|فقه|كره|اتجاه|انتباه|مياه|تنبيه|توجيه|تشابه|مشابه|رفاه)(?![\p{L}\p{M}]))[\u0621-\u064A\p{M}]{2,}[\u0621-\u064A]\p{M}*ه\p{M}*(?![\p{L}\p{M}])/u;

/**
 * A connective of contrast or consequence inside the sentence ("La direzione inversa invece è possibile", "...,
 * tuttavia, ...", ", no entanto,"): it answers a sentence before.
 */
const CONNECTIVE_INSIDE =
  /(?<!\p{L})invece(?!\p{L})|,\s*(?:tuttavia|però|quindi|perciò|pertanto|cependant|toutefois|pourtant|donc|jedoch|allerdings|daher|deshalb|sin embargo|por lo tanto|no entanto|porém|contudo|portanto|однако|поэтому|тому|однак),/iu;

/**
 * Demonstratives of Italian and Portuguese before a noun ("questo ambiente", "estes endereços", "destes
 * symlinks", "nesta secção"), and "isto".
 */
const ROMANCE_DEMONSTRATIVE =
  /(?<!\p{L})(?:(?:quest[oaie]|quell[oaie]|quegli|dett[oaie]|[dn]?este|[dn]?estes|[dn]?esta|[dn]?estas|[dn]?esse|[dn]?esses|[dn]?essa|[dn]?essas|[dn]?aquel[ea]s?)\s+\p{L}|(?:[dn]?isto|[dn]?isso|[dn]?aquilo)(?!\p{L}))/iu;

/**
 * French pointers inside a sentence: "ce" before a noun ("de ce travail", "ce dernier"), and an object pronoun
 * before an infinitive after a modal or "pour" ("devrait le faire", "peut les modifier", "pour l’installer"):
 * "it", "them", "this work" are what a sentence before named.
 */
const FRENCH_POINTER =
  /(?<!\p{L})(?:ce\s+(?!(?:que|qui|quoi|dont|sont|soit|sera|serait|seront|fut|faisant|faire)(?!\p{L}))\p{L}{3,}|(?:doit|doivent|devrait|devraient|peut|peuvent|pourrait|pourraient|faut|va|vont|veut|veulent|permet de|permettent de|afin de)\s+(?:le|la|les|lui|leur|y|en)\s+\p{L}+(?:er|ir|re|oir)(?!\p{L})|(?:doit|doivent|devrait|devraient|peut|peuvent|pourrait|pourraient|faut|va|vont|veut|veulent|permet de|permettent de|afin de|pour)\s+l['’]\p{L}+(?:er|ir)(?!\p{L}))/iu;

/** TeX, HTML/XML, shell and programming syntax, and mathematical notation a stem should not carry. */
const MARKUP =
  /\\[A-Za-z]+|[{}]|<\/?[A-Za-z][^>]*>|(?:^|\s)--?[A-Za-z][\w-]*|\$[^$\s]|[A-Za-z_]\w*\([^)]*\)\s*[;{]|==|!=|<=|>=|->|=>|::|&&|\|\||[_^]\{|[\u2200-\u22FF\u2190-\u21FF\u2032\u2033]|\w=\w|\d\s*\^\s*\d|(?:^|\s)(?:\/[\w.-]+){2,}|[\w.-]+\.(?:sh|py|js|ts|c|h|txt|conf|cfg|yaml|yml|json|xml|tex|deb)\b/u;

/** A Greek letter on its own (a variable: "dτ", "α"), which means mathematics only in text that is not Greek. */
const GREEK_SYMBOL = /(?<!\p{Script=Greek})\p{Script=Greek}(?!\p{Script=Greek})/u;

/** Chinese and Japanese openers that point back: pronouns, demonstratives, connectives (no spaces to split on). */
const CJK_POINTER_OPENERS =
  /^(?:这|這|那|它|他们|她们|他|她|其|此|该|該|如下|下面|上面|以下|上述|但是?|因此|所以|另外|此外|然而|同时|同時|而且|并且|これ|それ|あれ|この|その|あの|ここ|そこ|ただし|しかし|また|さらに|つまり|したがって)/u;
/**
 * Chinese, Japanese and Korean words that point at something outside the sentence ("as follows", "the above",
 * "이 문서": this document; "몇 가지 있습니다", there are a few, before the list; "...기 때문입니다", it is because, of
 * the sentence before; "다음 중 하나", one of the following; the writer's plan, "... 소개하도록 하겠습니다", "다음으로
 * 알아볼 것은", "살펴봅시다"; "here",
 * "여기에 목록이 나와 있는 컴포넌트").
 */
const CJK_DEICTIC =
  /이 (?:문서|장|절|부록|설명서)|(?:겠습니다|봅시다|합시다)[.。]?\s*$|알아볼 |살펴볼 |다음으로 |(?<!\p{L})(?:여기에|여기서|여기의|여기는|이곳)(?!\p{L})|몇 가지(?:가)? 있|때문입니다[.。]?\s*$|다음과 같|다음 중 |아래(?:의|에|와)|위의 |앞서 |如下|下面|上面|下列|上述|如上|下表|上表|下图|上图|下記|上記|次の|次を|次に示す|以下の|以下を|前述|本文档|本文檔|本手册|本手冊|本书|本書|本章|本节|本節/u;

/**
 * A demonstrative before a noun anywhere in a sentence ("these subbasins", "this AD", "cette commande",
 * "diese Formel", "该项"), or a connective that continues an argument (", however,"): the sentence leans on
 * one the student cannot see. "That" is left alone: it is far more often a conjunction than a demonstrative.
 */
const DEMONSTRATIVE =
  /\b(?:he|she|they|him|them)\b|\bsuch an?\s+\p{L}|\b(?:this|these|those|such|said|aforesaid|aforementioned)\s+(?!is\b|was\b|are\b|were\b|has\b|have\b|had\b|can\b|will\b|would\b|may\b|might\b|must\b|should\b|could\b|does\b|do\b|did\b|as\b|that\b|a\b|an\b)\p{L}|\bthe (?:same|former|latter)\b|\bas shown\b|,\s*(?:however|therefore|thus|hence|moreover|furthermore|nevertheless|in turn|as well),|\b(?:cet|cette|ces)\s+\p{L}|\b(?:diese[rsnm]?|jene[rsnm]?)\s+\p{L}|\b(?:estos?|estas?|esos?|esas?|aquel(?:los|las|la)?)\s+\p{L}|这|該|该|那些|那个|它|他们|她们|他們|她們|(?<![因如])此(?!外)|この|その|これら|それら|これ[をはが]|それ[をはが]/iu;

/**
 * A sentence opening on a clause of condition or time whose subject is a bare pronoun ("If this is not given a
 * name it is referred to as an anonymous function", "When it is set, ..."): "this" and "it" stand for something
 * named before. Later in a sentence ("..., although this can be reduced") they stand for its own main clause.
 */
const SUBORDINATE_POINTER =
  /^["“'‘(]?(?:if|when|whenever|while|because|although|though|unless|since|once|until)\s+(?:this|that|it|these|those)\s+(?:is|was|are|were|has|have|had|can|cannot|will|would|may|might|must|should|could|does|do|did|gets|becomes)\b/iu;

/**
 * "The problem", "the approach", "the case" with nothing after that says which: a thing the text named before.
 * A noun followed by what defines it ("the problem of induction", "the process by which ...") stands alone.
 */
const ANAPHORIC_DEFINITE =
  /\bthe (?:problem|issue|matter|situation|approach|method|procedure|technique|process|phenomenon|device|tool|project|paper|article|study|authors?|case|scheme|proposal)\b(?!\s+(?:of|for|that|which|who|whose|in|on|with|to|between|from|at|by|where|when|as|called|known|named)\b)/iu;
/**
 * The same in Hebrew, Arabic, Greek, Ukrainian and Russian: "the organization", "the issue", "the name", "the
 * default value" with nothing after it that says which ("את שירותי הארגון מספקים", "מקור השם הוא", "Типове
 * значення можна ...", "الإعدادات الرئيسية هي في الملف ...": the main settings of what?). What follows may say
 * it: "של ..." (of), a definite adjective other than "main", "first", "default", "new" or "general", in Arabic
 * "ل..." (of) or a name in Latin letters, a quoted name. (In Arabic a genitive comes before the adjectives: a
 * definite word after "the first" is the verb's subject or object, "رأت الطبعة الأولى النور": the first edition
 * of what?)
 */
const ANAPHORIC_DEFINITE_OTHER =
  /(?<!\p{L})[ובלמש]?ה(?:ארגון|נושא|עניין|שם|שיטה|תהליך|פרויקט|מחקר|מאמר|ספר|חוק|הצעה|תוכנית|אירוע|מבנה|מקום|אתר|סוכנות|חברה)(?!\p{L})(?!\s+(?:של|ה(?!וא|יא|ם|ן)\p{L}+|["”“']))|(?<!\p{L})[وبل]?(?:ال|لل)(?:منظمة|مسألة|موضوع|طريقة|عملية|مشروع|دراسة|كتاب|قانون|اقتراح|برنامج|مكان|موقع|اسم|إعدادات|إعداد|خيار|قائمة|طبعة)(?!\p{L})(?!\s+(?:(?!ال(?:رئيسي|أساسي|افتراضي|أولى|أول|ثانية|ثاني|جديد|حالي|عام)ة?(?!\p{L}))ال\p{L}+|ل\p{L}+|\p{Script=Latin}|["”“'])|\s+ال(?:رئيسي|أساسي|افتراضي|أولى|أول|ثانية|ثاني|جديد|حالي|عام)ة?\s+(?:ل\p{L}+|\p{Script=Latin}|["”“']))|(?<!\p{L})(?:ο|η|το|τον|την|του|της) (?:οργανισμός|οργανισμό|οργανισμού|ζήτημα|ζητήματος|θέμα|θέματος|μέθοδος|μέθοδο|διαδικασία|διαδικασίας|έργο|έργου|μελέτη|βιβλίο|νόμος|πρόταση|εγκαταστάτης|εγκαταστάτη)(?!\p{L})(?!\s+(?:του|της|των|που|["«]))|(?<!\p{L})(?:типов\p{L}* значенн\p{L}*|значення за замовчуванням|значение по умолчанию)(?!\p{L})(?!\s+(?:параметр|для|змінн|переменн|опці|опци))/iu;

/**
 * "Hawking also argued", "the United Nations also launched", "defined similarly by": a claim or an act set
 * beside one the sentence before made. "Also called", "also known as" give another name, and stand alone.
 */
const ALSO_SAID =
  /\balso (?:said|wrote|pointed out|(?!called\b|known\b|termed\b|named\b|referred\b|spelled\b|used\b)\p{Ll}+ed)\b|\b(?:similarly|likewise)\b/iu;

/** "Even faster", "even more" with no "than": faster than what the sentence before said. */
const BARE_COMPARATIVE =
  /\beven (?:more|less|faster|slower|better|worse|larger|smaller|greater|higher|lower|bigger|earlier|later)\b(?![^.;]*\bthan\b)/iu;

/**
 * An exception or a likeness with nothing said of what to: "Le système Debian fait exception.", "The situation of
 * other Asian languages is similar.", "Debian システムも例外ではありません。" (the rule or the case is the sentence
 * before's).
 */
const RELATIONAL =
  /(?<!\p{L})(?:(?:is|are|was|were) (?:an? )?(?:exceptions?|similar|the same)|fait exception|font exception|(?:est|sont) (?:une )?(?:exception|similaires?|semblables?|pareils?)|(?:es|son) (?:una )?(?:excepción|similar(?:es)?)|(?:ist|sind) (?:eine )?(?:Ausnahme|ähnlich|gleich)|(?:è|sono) (?:un'|un )?(?:eccezione|simil[ei])|(?:é|são) (?:uma )?(?:exceção|semelhantes?|similar(?:es)?))(?=\s*[.;,!)]|\s*$)|も例外|例外(?:では|です|だ)|也是如此|同样如此|也是例外|も同様/iu;

/** True when the sentence opens by pointing elsewhere (a pronoun, a demonstrative, a connective). */
export function opensWithPointer(sentence: string): boolean {
  const text = sentence.trim().replace(/^[\s"'\u201C\u201E\u00AB(\u2018]+/u, '');
  if (POINTER_PHRASES.test(text) || POINTER_PHRASES_OTHER.test(text) || CJK_POINTER_OPENERS.test(text)) return true;
  const first = /^[\p{L}\p{M}']+/u.exec(text)?.[0]?.toLowerCase() ?? '';
  // "Il sistema APT usa ...": in Italian "il" is the article, in French the pronoun ("Il permet de ...").
  if (first === 'il' && italianMore(text)) return false;
  return POINTER_OPENERS.has(first.replace(/'$/, ''));
}

/** Function words only Italian has, and only French, to tell an Italian "Il ..." from a French one. */
const ITALIAN_ONLY = new Set(
  'di della dello delle dei degli nel nella nei negli alla alle dal dalla sono è per con che gli uno viene può questo'.split(
    ' ',
  ),
);
const FRENCH_ONLY = new Set('de des du les est et dans pour une sur au aux qui peut être sont ce cette'.split(' '));

/** The sentence has more function words of Italian than of French. */
function italianMore(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const count = (set: ReadonlySet<string>) => words.filter((w) => set.has(w)).length;
  return count(ITALIAN_ONLY) > count(FRENCH_ONLY);
}

/**
 * True when the sentence points at a figure, table, equation or listing, at text "above"/"below", or at
 * something named only before it ("these subbasins", "cette commande").
 */
export function pointsOutside(sentence: string): boolean {
  return (
    DEICTIC.test(sentence) ||
    FOLLOWING.test(sentence) ||
    SECTION_REFERENCE.test(withoutCrossReferences(sentence)) ||
    ROMANCE_DEMONSTRATIVE.test(sentence) ||
    FRENCH_POINTER.test(sentence) ||
    CONNECTIVE_INSIDE.test(sentence) ||
    CYRILLIC_POINTER.test(sentence) ||
    OTHER_POINTER.test(sentence) ||
    GREEK_CLITIC.test(sentence) ||
    ARABIC_POSSESSIVE.test(sentence) ||
    CROSS_REFERENCE.test(withoutCrossReferences(sentence)) ||
    GERMAN_POINTER.test(sentence) ||
    CJK_DEICTIC.test(sentence) ||
    DEMONSTRATIVE.test(sentence) ||
    SUBORDINATE_POINTER.test(sentence) ||
    ANAPHORIC_DEFINITE.test(sentence) ||
    ANAPHORIC_DEFINITE_OTHER.test(sentence) ||
    BARE_COMPARATIVE.test(sentence) ||
    ALSO_SAID.test(sentence) ||
    RELATIONAL.test(sentence)
  );
}

/** True when the text carries markup, code or mathematical notation. */
export function hasMarkup(text: string): boolean {
  if (MARKUP.test(text)) return true;
  if (!GREEK_SYMBOL.test(text)) return false;
  const greek = text.match(/\p{Script=Greek}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin > greek;
}

/**
 * True when the text reads as damaged: table cells run together, OCR slips ("tokenl", "c0de"), lone letters,
 * runs of punctuation, or more symbols than prose has.
 */
export function looksGarbled(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < text.length * 0.55) return true;
  const symbols = text.replace(
    /[\u3000-\u303F\uFF01-\uFF1F\u060C\u061B\u061F\p{L}\p{M}\p{N}\s.,;:'"’‘“”«»„()¿¡?!%\-–—/]/gu,
    '',
  ).length;
  if (symbols > text.length * 0.04) return true;
  if (/[.,;:!?]{3,}|\.\s\.\s\./u.test(text)) return true;
  // A link's label left in the text ("权限信息（更多）", "the options (more)"): the web page the PDF was made from.
  if (/[(（]\s*(?:更多|詳細|more|plus|mehr|más)\s*[)）]/iu.test(text)) return true;
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  // Letters and digits mixed inside a word ("c0de", "tokenl1") are OCR slips; "COVID-19", "H2O" and "mp3" are not.
  if (words.some((w) => /^\p{Ll}+\d+\p{Ll}+$/u.test(w.replace(/[.,;:!?)]+$/, '')))) return true;
  // Footnote marks glued to words ("graph14:", "right1.", "9These") are layout debris in the sentence, and so is
  // a lone Latin capital before a word ("B Deep venous ..."), except the one-letter words A, E, I, O, Y ("O
  // Brasil", "Y luego"); a Greek article ("Ο Όλυμπος") is a word.
  if (
    /\p{Ll}{3,}\d{1,2}(?=[\s.,;:)]|$)|(?:^|\s)\d{1,2}\p{Lu}\p{Ll}|^\d{1,2}\s+\p{Lu}\p{Ll}|^[B-DF-HJ-NP-XZ]\s+\p{Lu}\p{Ll}/u.test(
      text,
    )
  )
    return true;
  // A citation's tail ("13, 22–24, and ..."), a section mark ("III The Court ...", "(2) The ...") or a footnote
  // number glued to a capital ("13A quick reminder") opens the sentence: it was cut from a longer one.
  if (/^\d[\d–-]*,|^[IVXLC]+\.?\s+\p{Lu}|^\(\d+\)|^\d{1,3}\p{Lu}(?=\s|\p{Lu})|^\d{1,2}(?=\p{Script=Han})/u.test(text))
    return true;
  // A heading glued to the sentence that follows it ("Abstract Deep venous thrombosis prophylaxis is ...").
  if (
    /^(?:Abstract|Summary|Background|Introduction|Conclusions?|Résumé|Zusammenfassung|Einleitung|Resumen)\s+\p{Lu}/u.test(
      text,
    )
  )
    return true;
  // Mojibake: UTF-8 read as Latin-1 ("NaÃ¯ve", "â€™").
  if (/Ã[\u0080-\u00BF\u0100-\u017F]|â€/u.test(text)) return true;
  // A Korean particle opening the sentence ("에는 CRON 작업을 ...") lost its word to the line before: a path or a
  // name the layout cut off ("/etc/crontab에는").
  if (/^(?:에는|에서는?|에게|은|는|을|를|의|와|과|으로|로)\s/u.test(text)) return true;
  // So did an Arabic one opening with a lone definite noun and a comma ("الآلية، يمكن حقن ...": "thanks to this
  // mechanism" began on the line before).
  if (/^ال[\u0621-\u064A\p{M}]+\s*،/u.test(text)) return true;
  // Several single letters in a row ("t h e") are a word spread out by the layout.
  if (/(?:^|\s)(?:\p{L}\s){3,}/u.test(text)) return true;
  // A comma with no space before a word of Greek, Cyrillic or another script with spaces ("____,κοκ."): words run
  // together. (Latin letters around a comma are as often a list in code: "files,dns".)
  if (/[\p{L}\p{N}_],[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}]/u.test(text))
    return true;
  // A Greek article in capitals inside the sentence, after a lowercase word ("ο Σκωτσέζος χημικός Ο James Dewar",
  // "Ο Νεστοριανός ιατρός Ο Ιησούς"): a translation that left a second article in.
  if (/\p{Ll}\s+(?:Ο|Η|Οι|Το|Τα|Τον|Την|Του|Της|Των)\s/u.test(text)) return true;
  // An Arabic letter alone with its vowel mark ("جمعية مُ نتَخبَةَ"): a word the layout broke in two.
  if (/(?<![\p{L}\p{M}])[\u0621-\u064A][\u064B-\u0652]+\s/u.test(text)) return true;
  return rightToLeftGarbled(text);
}

const RIGHT_TO_LEFT_LETTER = /[\u05D0-\u05EA\u0620-\u064A]/u;

/** ".gz", ".d", ".htaccess" after a space, before a right-to-left word or the sentence's end. */
const EXTENSION_IN_RIGHT_TO_LEFT = /(?<=\s)\.[a-z][a-z0-9]{0,9}(?=\s+[\u0590-\u08FF]|[.،]?\s*$)/gu;

/**
 * True when a Hebrew or Arabic sentence was read back in the wrong order where it mixes with Latin text or
 * brackets, as PDFs printed by a browser often come out: a bracket facing the wrong way (" )أو ملف", "الأوامر( "),
 * a full stop or comma before the word it follows (".(dpkg)", " .LDAP", " ,11.7.3.2"), a full stop after a space
 * at the end (where a Latin word went missing: "باستخدام ."), or Arabic words spelled backwards
 * ("لوكوتوربلا اذه مدختسا" for "استخدم هذا البروتوكول"; the article ال then ends words instead of opening them).
 */
export function rightToLeftGarbled(text: string): boolean {
  if (!RIGHT_TO_LEFT_LETTER.test(text)) return false;
  // A file's extension or a dot file before an Arabic word or at the end ("الامتداد .gz إلى", "ملفات .htaccess.")
  // is no full stop set before its word.
  const unextended = text.replace(EXTENSION_IN_RIGHT_TO_LEFT, ' x');
  if (
    /(?:^|\s)[)\]](?=[\p{L}\p{N}])|[\p{L}\p{N}][([](?=\s|$)|(?:^|\s)[.,،؛:](?=[([\p{Script=Latin}\d]|\s*$)/u.test(
      unextended,
    )
  )
    return true;
  const words = text.split(/[\s.,،؛:()]+/u).filter((w) => w.length > 3);
  const opening = words.filter((w) => w.startsWith('\u0627\u0644')).length;
  const closing = words.filter((w) => w.endsWith('\u0644\u0627')).length;
  return closing >= 2 && closing > opening;
}

/**
 * Words that speak to the reader or for the writers ("you", "we", "vous", "请", "我们"): instructions and
 * lecture talk, which are about reading the document rather than about its subject.
 */
const READER =
  /\b(?:to remember|keep in mind|bear in mind)\b|\b(?:you|your|yours|we|our|ours|us|let's|vous|votre|vos|nous|notre|nos|usted|ustedes|vosotros|nosotros|nuestro|nuestra|nuestros|nuestras)\b|你|您|请|我们|咱们|笔者|(?<!自)我|あなた|私たち|^(?:小心|注意|提示|警告|备注|注|参见|参考|见第|consultez|voir|voyez|évitez|veuillez|siehe|véase|consulte|vedere|vedi|veja)/iu;

/**
 * The reader or the writer in Italian, Portuguese, French, German, Russian and Japanese ("Nel mio file", "você",
 * "Wir haben", "私は"). Not German "du" nor "dir": French "du" and a "dir" command.
 */
const READER_OTHER = new RegExp(
  `(?<!\\p{L})(?:${"voi vostro vostra vostri vostre noi nostro nostra nostri nostre io mio mia miei mie tuo tua você vocês nós nosso nossa nossos nossas eu meu minha meus minhas je j’ j' wir uns unser unsere unserer unseren unserem unseres ich mich mein meine meinen meinem meiner dich dein deine euch euer eure вы вас ваш ваша ваше ваши мы нас наш наша наше наши я мой моя моё мои ви вам вами ваші вашого вашої ми нам наші мій моє мої σας εσείς μας εμείς εγώ אתה אתם אתן אנחנו שלך שלכם שלנו أنت أنتم نحن يمكنك عليك لديك"
    .split(' ')
    // Lowercase, or capitalized to open the sentence; never in capitals ("EU" is the European Union).
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|')})(?!\\p{L})|私(?:は|の|が|たち)|(?<!\\p{L})(?:당신|여러분|우리|저희)`,
  'u',
);

/** German's formal "you" ("Verlassen Sie sich nicht", "Ihre Liste"): capitalized inside a sentence. */
const GERMAN_FORMAL_YOU = /(?<=\S\s+)Sie(?!\p{L})|(?<!\p{L})Ihr(?:e[nmrs]?)?(?!\p{L})/u;
/**
 * "Please ...", "bitte", an instruction opening the sentence ("Prenez soin de", "Exécutez", "Tenha cuidado para
 * ...", "Assicurarsi che ..."), an FTP address.
 */
const INSTRUCTION =
  /(?<!\p{L})(?:please|bitte|veuillez|por favor)(?!\p{L})|^(?:tenha cuidado|tenga cuidado|tenha em conta|faccia attenzione|fate attenzione|prestare attenzione|assicurarsi|assicuratevi|certifique-se|asegúrese|asegurese|achten Sie|stellen Sie sicher)(?!\p{L})|^(?!(?:chez|assez|nez)(?!\p{L}))\p{L}{2,}ez(?!\p{L})(?=.*(?<!\p{L})(?:le|les|des|du|est|une|que|qui|pour)(?!\p{L}))|\bftp:/iu;
/** German pronouns after a verb, pointing back: "ist dies nicht der Fall", "war das oft so". */
const GERMAN_POINTER = /(?<!\p{L})(?:ist|sind|war|waren|wird|wurde|hat|kann|muss) (?:dies|das)(?!\p{L})(?! \p{Lu})/u;

/**
 * The reader in verbs: Greek's second person plural ("θα βρείτε", "Μπορείτε να", "Ξεκινήστε"), a Russian or
 * Ukrainian imperative opening the sentence ("Зверніть увагу", "Обратите внимание", "Используйте"; "-ите" only
 * without Ukrainian letters, where it ends adjectives: "Відкрите програмне забезпечення"), and Korean's
 * polite imperative at its end ("확인하십시오", "배치하십시오", "하세요").
 */
const READER_VERB =
  /\p{Script=Greek}{2,}(?:ετε|είτε|ατε|άτε|ήστε|ίστε|έστε|ύστε|είστε|ώστε|ξτε|ψτε)(?!\p{L})|^[«"„]?(?:[Нн]е\s+)?\p{L}\p{Ll}+(?:іть|їть|ьте)(?:ся)?(?!\p{L})|(?<!\p{L})\p{L}\p{Ll}+[бвгджзклмнпрстфхцчшщ](?:теся|тесь)(?!\p{L})|^[«"„]?(?:[Нн]е\s+)?\p{L}\p{Ll}+ите(?!\p{L})(?!.*[іїєґ])|(?<!\p{L})\p{L}\p{Ll}+[аеєиіїоуюя]йте(?!\p{L})|(?<!\p{L})(?:зверніть увагу|обратите внимание|щоб дізнатися більше|чтобы узнать больше)|(?:십시오|하세요|세요|바랍니다|합시다)[.!。]?\s*$/u;

/** The writers in Arabic's first person plural: "we explained", "we mentioned", "we will see". */
const WRITERS_ARABIC =
  /(?<!\p{L})(?:شرحنا|ذكرنا|رأينا|سنرى|سنشرح|تحدثنا|سنتحدث|ناقشنا|سنناقش|عثرنا|وجدنا|لاحظنا|استخدمنا|قمنا|أضفنا|اخترنا|جربنا|لقد\s+\p{L}+نا)(?!\p{L})/u;

/** True when the sentence speaks to the reader or for the writers instead of stating a fact. */
export function addressesReader(sentence: string): boolean {
  const text = sentence.trim();
  return (
    READER.test(text) ||
    READER_OTHER.test(text) ||
    WRITERS_ARABIC.test(text) ||
    GERMAN_FORMAL_YOU.test(text) ||
    INSTRUCTION.test(text) ||
    READER_VERB.test(text)
  );
}

/**
 * Words that date a claim to the time of writing ("currently", "a la fecha", "derzeit", "目前"), or what was
 * expected then ("צפויה לעלות", "αναμένεται", "예정입니다"): true when written, perhaps false when read ("the testing release is currently codenamed Bookworm"). 当前 before what a
 * running system has one of ("当前的主机名", "当前目录", "当前内核") is "the current one", a term of the system.
 */
const DATED =
  /\b(?:currently|at present|at the moment|at the time of writing|as of (?:now|today|this writing)|nowadays|these days|to date|presently)\b|(?<!\p{L})(?:actualmente|en la actualidad|hoy en d[ií]a|a la fecha|hasta la fecha|hasta ahora|actuellement|aujourd['’]hui|à ce jour|jusqu['’]à présent|de nos jours|derzeit|zurzeit|gegenwärtig|bis heute|heutzutage|atualmente|attualmente|נכון ל\p{L}*|נכון להיום|כיום|כעת|حاليا|حالياً|في الوقت الحالي|σήμερα|προς το παρόν|επί του παρόντος|наразі|нині|на даний час|в настоящее время|на данный момент|на сегодняшний день|현재|צפוי|צפויה|צפויים|צפויות|من المتوقع|αναμένεται|αναμένονται|очікується|очікуються|ожидается|ожидаются|예정입니다|예정이다)(?!\p{L})|目前|现在|現在(?!の?(?:ファイル|ディレクトリ|ユーザー?|作業|位置|行|プロセス|端末|ウィンドウ|シェル|カーソル|画面|値|設定|時刻))|(?:当前|當前)(?!的?(?:主机名|主機名|目录|目錄|工作目录|路径|路徑|用户|用戶|进程|進程|内核|核心|终端|終端|会话|會話|shell|窗口|位置|行|语言环境|區域設定))|迄今|至今|現時点/iu;

/**
 * A sentence placed in time by an earlier one ("Eight years later, ...", "Un año después", "Were it otherwise"):
 * the student does not know later than what, or otherwise than what.
 */
const RELATIVE_OPENER =
  /^(?:at that time|at the time|by then|por entonces|en aquel entonces|en ese momento|à l['’]époque|à cette époque|damals|zu dieser zeit)\b|^(?:(?:\p{L}+|\d+)\s+)?(?:years?|months?|weeks?|days?|decades?|años?|meses|semanas|días|ans|années|mois|jours|Jahre|Monate|Tage|Wochen)\s+(?:later|after(?:wards)?|earlier|afterwards|después|más tarde|antes|plus tard|auparavant|später|danach|zuvor|früher)\b|^(?:the (?:following|next|previous|same) (?:year|month|day|week|decade)|al año siguiente|el año siguiente|l['’]année suivante|im (?:folgenden|nächsten) jahr)\b|^(?:were|had|should) (?:it|they|this|that|he|she)\b/iu;

/**
 * A sentence with no subject, as Spanish, Italian and Portuguese allow ("Se unió al proyecto en 1994", "Fue
 * elegido líder"): who did it was said in the sentence before.
 */
const NO_SUBJECT =
  /^[«"„]?\p{L}\p{Ll}+(?:ує|ює|ає|яє|ует|ает|яет)\s|^(?:se(?!\s+(?:si|ci|non|não|il|i|gli|un|uno|una|um|uma|o|os|as|você|vocês|nel|nella|no|na|per|para|in|em|qualcosa|algo)(?!\p{L}))|fue|fueron|era|eran|había|habían|estaba|estaban|tuvo|hizo|foi|foram|è stato|fu|furono)\s+\p{Ll}/u;

/** True when the sentence needs the time or the subject an earlier sentence gave, or dates itself to its writing. */
export function needsItsTime(sentence: string): boolean {
  const text = sentence.trim().replace(/^[\s"'\u201C\u201E\u00AB(\u2018]+/u, '');
  return (
    DATED.test(text) || RELATIVE_OPENER.test(text) || NO_SUBJECT.test(text.replace(/^\p{Lu}/u, (c) => c.toLowerCase()))
  );
}

/**
 * A subject that is a bare common noun under "the" ("the plant is planned", "El archivo es también", "Le but
 * est", "Das Archiv wird"): a thing the text named in full before. "The mitochondrion is an organelle" defines
 * its subject and stands alone.
 */
const BARE_SUBJECT = [
  /(?:^|,\s+)the \p{Ll}+ (?:is|was|are|were|has|had|will|would|can|could|may|might|must|should|does|did)\b(?!\s+(?:a|an|one|the|any|not)\b)/u,
  /^(?:the|le|la|les|el|los|las|il|lo|gli|o|os)\s+\p{Ll}+\s+(?:is|was|est|était|sont|étaient|a|avait|ont|sera|es|era|fue|son|eran|fueron|ha|había|han|será|è|era|sono|é|foi|são)(?!\p{L})(?!\s+(?:a|an|un|une|uno|una|um|uma|le|la|el|il|o|the)(?!\p{L}))/iu,
  // "La versión se congeló", "El archivo se administra": a reflexive verb after a bare noun.
  /^(?:el|la|los|las|le|les|il|lo|o|a)\s+\p{Ll}+\s+se\s+\p{Ll}{3,}/iu,
  /^(?:[Dd]er|[Dd]ie|[Dd]as)\s+\p{Lu}\p{Ll}+\s+(?:ist|war|sind|waren|hat|hatte|wird|wurde|kann|muss)\b(?!\s+(?:ein|eine|der|die|das)\b)/u,
];

/** True when the sentence's subject is "the" and a bare common noun: it leans on an earlier sentence. */
export function leansOnSubject(sentence: string): boolean {
  const text = sentence.trim().replace(/^[\s"'\u201C\u201E\u00AB(\u2018]+/u, '');
  return BARE_SUBJECT.some((re) => re.test(text));
}

/** Why a stem cannot be shown as it is, or null when it stands alone and reads cleanly. */
export function stemProblem(
  sentence: string,
): 'pointer' | 'deictic' | 'reader' | 'dated' | 'markup' | 'garbled' | null {
  if (opensWithPointer(sentence)) return 'pointer';
  if (needsItsTime(sentence)) return 'dated';
  if (leansOnSubject(sentence)) return 'pointer';
  if (addressesReader(sentence)) return 'reader';
  if (pointsOutside(sentence)) return 'deictic';
  if (hasMarkup(sentence)) return 'markup';
  if (looksGarbled(sentence)) return 'garbled';
  return null;
}

/** Words that report a death, in the languages the generators read. */
const DEATH =
  /(?<!\p{L})(?:died|dies|passed away|was killed|murió|murieron|falleció|fallecieron|décédé|décédée|décéda|est mort|est morte|starb|verstarb|ist gestorben|morreu|faleceu|morì)(?!\p{L})|去世|逝世|死亡/iu;

/**
 * True when the sentence reports a death. Of someone the document comes back to ("Napoleon died on Saint
 * Helena in 1821") it is history; of someone named once (a memorial page's date and age) it is trivia: the
 * generators weigh it with the document's mentions.
 */
export function reportsDeath(sentence: string): boolean {
  return DEATH.test(sentence);
}

/**
 * Brackets closed in order (bracketsBalanced), and quotation marks paired: guillemets, straight double quotes
 * when `straight` is set, and curly ones: “…”, German „…“, and ”…” typeset with the closing mark on both sides ("set in ”/etc/fstab”.",
 * pairs of them with no opening mark in the sentence). A sentence with a mark left open was cut from a quotation
 * or runs into the next one.
 */
export function marksPaired(text: string, options: { straight?: boolean } = {}): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const opening = count(/[“„]/gu);
  const closing = count(/”/gu);
  const curly = opening === 0 ? closing % 2 === 0 : opening === closing || count(/„/gu) === count(/“/gu);
  // Straight double quotes only where asked (English): in Hebrew the same character is gershayim, the mark of an
  // acronym (אונר"א), and a quotation opens right after a prefix (ה"פליטות"), so neither count tells.
  const straight = !options.straight || count(/"/gu) % 2 === 0;
  return bracketsBalanced(text) && straight && count(/«/gu) === count(/»/gu) && curly;
}

/**
 * Every closing bracket of the text closes one it opened, and every one opened is closed, in half-width and
 * full-width forms: a sentence cut inside an aside ("例如，在使用 diff3(1) 移植两个文件后.)") is no statement.
 */
export function bracketsBalanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}
