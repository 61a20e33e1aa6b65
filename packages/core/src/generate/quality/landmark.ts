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
};

/**
 * True when the sentence dates a landmark in its language; true as well for a language with no list (no rule
 * is better than a wrong one there).
 */
export function datesLandmark(sentence: string, language: string): boolean {
  const words = LANDMARKS[language.toLowerCase().split('-')[0]!];
  return words === undefined || words.test(sentence);
}
