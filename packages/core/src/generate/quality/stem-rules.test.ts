import { describe, expect, it } from 'vitest';
import {
  addressesReader,
  hasMarkup,
  leansOnSubject,
  looksGarbled,
  marksPaired,
  needsItsTime,
  opensWithPointer,
  pointsOutside,
  stemProblem,
  withoutCrossReferences,
} from './stem-rules.js';

// Sentences from real documents (lecture notes, manuals, papers, Wikipedia, a court opinion), in four languages.
describe('opensWithPointer', () => {
  it.each([
    ['As such, they are not considered part of the formal record.', true],
    ['It is used to build packages from source.', true],
    ['These steps are left as an exercise.', true],
    ['However, keep in mind that the interval is not a physical distance.', true],
    ['In this case the compact overrides state law.', true],
    ['Thus the proper time is invariant under a Lorentz transformation.', true],
    ['Second, the Signatory States is not a helpful counterexample for Tarrant.', true],
    ['Cette commande crée un paquet source.', true],
    ['Dieser Befehl erzeugt ein Quellpaket.', true],
    ['Sin embargo, el proyecto creció rápidamente.', true],
    ['Esta versión incluía el nuevo instalador.', true],
    ['"It was a compact among three states."', true],
    ['An ontology represents knowledge as a set of concepts within a domain.', false],
    ['The Red River Compact was approved by Congress in 1980.', false],
    ['Debian 2.0 fue publicada en julio de 1998.', false],
    // Connectives of the Debian developers' reference (German, French) and a Spanish history.
    ['Andernfalls ist es möglich, die Sicherheitskorrektur später zu verschieben.', true],
    ['Das heißt, sie sollte benutzt werden, um über Dinge zu reden.', true],
    ['Von daher sind sie nicht offizieller Teil von Debian.', true],
    ['Unglücklicherweise ist das oft der Fall.', true],
    ['En fait, certains serveurs principaux ne sont pas publics.', true],
    ['Par la suite, ce même fichier tar sera utilisé pour générer les fichiers diff.', true],
    ['De hecho, el proyecto creció rápidamente.', true],
    ['Das Paket wird von der Buildd-Infrastruktur automatisch gebaut.', false],
    ['Le responsable du paquet doit signer le fichier de modifications.', false],
    ['Die Aussagenlogik ist entscheidbar.', false],
    ['Theirs is a common misconception about inertia.', false],
    ['它通过为非开发者编写的 shell 命令示例来涵盖系统管理的方方面面。', true],
    ['这本书是自由的。', true],
    ['Debian 是一个自由的操作系统。', false],
    ['しかし、この方法は遅い。', true],
    ['Another definition has been adopted by Google, a major practitioner in the field of AI.', true],
    ['Rather, each State remains free to continue its existing internal water administration.', true],
    ['In its view, the equal rights afford each State an equal opportunity to use the water.', true],
    ['At the very least, the problems suggest that the silence is ambiguous.', true],
    ['The final phase is written in Python and concludes with summary files.', true],
    ['The final report of the commission was published in 1987.', false],
    ['The first global AI Safety Summit was held in the United Kingdom in November 2023.', false],
    // Italian and Portuguese manuals; "Il" is an Italian article and a French pronoun.
    ['Il sistema APT usa le fonti dei pacchetti definite nel file sources.list.', false],
    ['Il permet de construire des paquets à partir des sources.', true],
    ['Inoltre, il pacchetto installa una pagina di manuale.', true],
    ['Questo comando crea un pacchetto sorgente.', true],
    ['Anche se si usa un nome utente diverso, si può evitare di digitarlo.', false],
    // Cyrillic, Greek, Hebrew, Arabic and Korean connectives and pronouns.
    ['Проте лічильник "Очікування" не поводиться як задумано.', true],
    ['Наприклад, скажімо, ви не хочете рендерити запаковані елементи взагалі.', true],
    ['Στο προηγούμενο παράδειγμα, αυτός θα πρέπει να είναι /dev/sr0.', true],
    ['Ο επόμενος σύνδεσμος περιγράφει τον τρόπο εκκίνησης στο σύστημα εγκατάστασης.', true],
    // The Rust book in Korean: "unfortunately" answers the sentence before.
    ['안타깝게도, 가변 참조자는 불변 참조자가 존재하는 동안에도 생성할 수 없습니다.', true],
    // Ukrainian manual pages.
    ['Так само, засіб розпаковування отримає 3700 кБ оперативної пам’яті.', true],
    ['І навпаки, команда umount знову від’єднує файлові системи.', true],
    ['Див. сторінку довідки sshd щодо подробиць.', true],
    ['Знову ж, дефіс вважатиметься частиною команди вхідного каналу.', true],
    ['У результаті UDF зберігатиме uid на носії даних.', true],
    ['В інших випадках less шукатиме загальносистемний файл lesskey у стандартних місцях.', true],
    ['Таким чином, початкові і кінцеві пробіли буде вилучено.', true],
    ['Таким образом, файл будет прочитан дважды.', true],
    ['Τώρα, θα πρέπει να δημιουργήσετε ένα αρχείο /etc/bootptab.', true],
    ['Επιπρόσθετα, για κάποια BIOS υπάρχουν περιορισμοί.', false],
    ['לעומת זאת על פי מפקד האוכלוסין הלבנוני רשומים 174,422 בני אדם כפליטים.', true],
    ['הוא נולד בירושלים.', true],
    ['على سبيل المثال، يمكن استخدام الأمر dpkg.', true],
    ['وبالفعل، يستخدم المخدم الملف /etc/hosts أولاً.', true],
    ['لذلك يبدأ تشغيل المهام المذكورة في الملف /etc/anacrontab باستخدام الأمر nice.', true],
    ['또한 2003년에 GPL로 발표된 Progeny 배포판 설명서에 기반하고 있습니다.', true],
    ['예를 들어, 첫 번째 디스크는 /dev/sda입니다.', true],
    ['리눅스 커널은 1991년에 처음 발표되었습니다.', false],
    ['No entanto, isto não funciona com o kernel antigo.', true],
    ['Portanto, o pacote deve ser reconstruído.', true],
    ['Além dos meta-dados obtidos remotamente, a ferramenta APT guarda o estado local.', false],
    ['Поэтому пакет нужно пересобрать.', true],
    ['Debian использует порядок загрузки в соответствии с зависимостями.', false],
    // "Another", "the other", "as for the second": one of several the sentences before began.
    ['Ένα άλλο θέμα που σχετίζεται με το UEFI είναι ο μηχανισμός της ασφαλούς εκκίνησης.', true],
    ['Ο άλλος είναι στην πραγματικότητα ένας εξυπηρετητής DHCP, ο dhcpd του ISC.', true],
    ['Інша програма, tar, зберігає файли в архівах.', true],
    ['Другой способ — использовать ssh-agent для хранения ключей.', true],
    ['أما الثاني فيلائم المخدمات التي تستقبل البريد الوارد بشكل طبيعي.', true],
    ['Вторая мировая война началась в 1939 году.', false],
    ['Ο Δεύτερος Παγκόσμιος Πόλεμος ξεκίνησε το 1939.', false],
    // "Later": after something the sentences before told (Greek Wikipedia, XQuAD).
    ['Αργότερα, το 1901, η οξυακετυλενική συγκόλληση παρουσιάστηκε για πρώτη φορά.', true],
    ['Η οξυακετυλενική συγκόλληση παρουσιάστηκε για πρώτη φορά το 1901.', false],
  ])('%s -> %s', (sentence, expected) => {
    expect(opensWithPointer(sentence)).toBe(expected);
  });
});

describe('pointsOutside', () => {
  it.each([
    ['The offending code above shows the mistake.', true],
    ['The parameters are listed in the following table.', true],
    ['Equation (5) is a key result in special relativity.', true],
    ['As shown in Figure 3, the cone separates past and future.', true],
    ['The values of eq. 7 follow from the definition.', true],
    ['Les options ci-dessous sont facultatives.', true],
    ['Die folgenden Regeln gelten für jede Formel.', true],
    ['Los siguientes paquetes forman parte del sistema base.', true],
    // Cross-references of the gnuplot manual and the Debian developers' reference.
    ['Modifier keys are not supported for mousing, see term caca (p. 240).', true],
    // A cross-reference in brackets leaves the stem (withoutCrossReferences); the sentence stands without it.
    ['Die Dateien werden signiert (siehe Abschnitt 5.2) und hochgeladen.', false],
    ['简单地使用 script(1) （参见第 1.4.9 节）记录 shell 活动会产生一个有控制字符的文件。', false],
    ['設定ファイルは起動時に読み込まれる（詳細は第 3 章を参照）。', false],
    ['tail(1) 输出文件的末尾（最后 10 行）。', false],
    ['Many researchers see deep learning as a statistical method.', false],
    ['本文档不能够代替任何官方指导手册。', true],
    ['Bei den beiden anderen Abschnitten ist dies zu einem unterschiedlichen Grad der Fall.', true],
    ['Concatenation does not work on call objects without the coercion as shown.', true],
    ['Im Archiv ist das Paket für alle Architekturen gebaut.', false],
    ['Temperatures below 5 degrees slow the reaction.', false],
    ["Improvements in GPUs have been even faster, a trend sometimes called Huang's law.", true],
    ['Solid-state drives are even faster than hard disks.', false],
    ['Stephen Hawking also argued that the doomsday hype on AI is a mistake.', true],
    ['Strong AI is defined similarly by Russell and Norvig.', true],
    ['The field of machine ethics is also called computational morality.', false],
    ['In 2023, the United Nations also launched an advisory body on AI governance.', true],
    ['Users also tended to watch more content on the same subject.', true],
    // An exception or a likeness that does not say to what (the Debian Reference in four languages).
    ['Le système Debian fait exception.', true],
    ['El sistema Debian es una excepción.', true],
    ['The situation of other Asian languages is similar.', true],
    ['Debian システムも例外ではありません。', true],
    ['Cats are similar to dogs in many ways.', false],
    ['例外処理は Java の重要な機能です。', false],
    ['Neural networks are also used as classifiers.', false],
    ['The compact allocates water among four states.', false],
    ['本文通过如下使用 bash 命令例子的简要方式来提供信息。', true],
    ['编写本文档时，遵循下列指导原则。', true],
    ['For the most part, the Compact granted control over the water in these subbasins to the States.', true],
    ['The FAA is proposing this AD to address the unsafe condition.', true],
    ['Tarrant knew, however, that Oklahoma would deny the permits.', true],
    ['Pour créer cette archive, lancez la commande suivante.', true],
    // French "ce" before a noun, and "it" or "them" before an infinitive (the Debian New Maintainers' Guide).
    ['La nouvelle commande dh plus simple libère le responsable de ce travail de routine « manuel ».', true],
    ['La nouvelle commande debmake devrait le faire de meilleure façon.', true],
    ['La commande dh_installchangelogs a besoin de FIXES en option pour l’installer.', true],
    ['Ce dernier contient les fichiers du paquet.', true],
    ['Le paquet le plus important à installer sur un système de développement est build-essential.', false],
    ['Ce que contient le fichier rules dépend du paquet.', false],
    ['La commande debuild peut créer le paquet pour le fichier source.', false],
    ['Se ”cd.iso” contiene un’immagine ISO9660, lo si può montare manualmente usando il comando seguente.', true],
    ['Pode criar o ficheiro de imagem do disco com o seguinte.', true],
    ['私は、私の ~/.bashrc に次を含めています。', true],
    ['Se il proprio SSH è accessibile da Internet, vedere Sezione 4.6.3.', true],
    // A numbered section in running text, a demonstrative, "in both cases", "described before".
    ['Si le fichier debian/watch est configuré comme décrit en Section 5.21, wget est inutile.', true],
    ['Для использования apt-get отредактируйте файл sources.list так же как и для Раздел 9.1.1.', true],
    ['Si può fare il login in questo ambiente usando schroot.', true],
    ['É garantido que estes endereços não estejam em conflito com a Internet.', true],
    ['In entrambi i casi l’iniziale è maiuscola.', true],
    ['Une utilisation des champs Vcs-Browser et Homepage, décrits précédemment, est indiquée.', true],
    ['Debian 2.0 è stata rilasciata nel 1998 con il kernel Linux 2.0.', false],
    ['La direzione inversa invece è possibile.', true],
    ['O facto destes symlinks estarem presentes significa pouco.', true],
    ['Nesta secção o pacote é descrito em detalhe.', true],
    ['Наличие этих символьных ссылок означает, что это тестируемый дистрибутив.', true],
    ['Инструменты управления пакетами не допустят их удаления.', true],
    ['Проект Debian был создан Иэном Мёрдоком в 1993 году.', false],
    ['Linux — это ядро Unix-подобной операционной системы.', false],
    ['Il pacchetto, tuttavia, non contiene la documentazione.', true],
    ['私は /usr/share/doc ディレクトリー内のファイルに対していつもこれを使います。', true],
    ['暗号化したパスワードは /etc/shadow ファイルの中にあります。', false],
    ['Пакет можно собрать следующим образом.', true],
    ['Il comando dd copia i dati da un dispositivo a un altro.', false],
    ['O comando dd copia os dados de um dispositivo para outro.', false],
    ['给这样的账户设置密码。', true],
    ['Most people only knew him as the glibc and powerpc guy.', true],
    ['即使指定了“%10s”，它依旧超出了 50 个字符。', true],
    ['使用 chmod(1) 或通过 MC 文件菜单改变他们的状态。', true],
    ['The Court held that the Compact does not pre-empt Oklahoma law.', false],
    ['This is the first release to support 64-bit PCs.', false],
    ['Four cases where the sites did not match are indicated in parenthesis.', true],
    ['The alternatives for processing the data are given on the left and right hand columns.', true],
    ['Provisions like these are critical for managing cross-border diversions.', true],
    ['After the election, major technology companies took some steps to mitigate the problem.', true],
    ['The case was argued before the Court in April.', true],
    ['The problem of induction was stated by Hume.', false],
    ['Photosynthesis is the process by which plants make sugar from light.', false],
    ['No State may require such an accounting more than once a year.', true],
    ['因此 Debian 使用 APT 管理软件包。', false],
    // The R Language Definition: a pronoun subject of an "if" or "when" clause stands for what came before.
    ['If this is not given a name it is referred to as an anonymous function.', true],
    ['When it is set, the lines are drawn with the current linestyle.', true],
    ['If the function is not given a name it is referred to as an anonymous function.', false],
    [
      'Current GPT models are prone to generating falsehoods called hallucinations, although this can be reduced.',
      false,
    ],
    // The Debian installation guide in Greek and Korean: a chapter named in running text, "this document".
    ['Στο Κεφάλαιο 4, Αποκτώντας τα Μέσα Εγκατάστασης, θα βρείτε τα απαραίτητα αρχεία.', true],
    ['Η διαδικασία περιγράφεται στην Ενότητα 5.1.', true],
    ['У цьому випадку дефіс вважатиметься частиною команди вхідного каналу.', true],
    ['Команда umount знову їх від’єднує від дерева файлів.', true],
    // Hebrew Wikipedia, the Arabic handbook, the Korean installation guide.
    ['בשנת 2017 הציג שגריר ישראל באו"ם קטעים מתוך ספרי הלימוד שעסקו בסוגיות אלה.', true],
    ['נכון ליוני 2009, הכניסה אליו אפשרית רק בתיאום עם הפטריארכיה.', true],
    ['כשנה לפני כן, ב-19 בנובמבר 1948, קראה העצרת הכללית לסייע לפליטים.', true],
    ['סוכנות הסעד והתעסוקה של האו"ם הוקמה ב-8 בדצמבר 1949 בעקבות המלחמה.', false],
    ['يسرد الملف /etc/inetd.conf هذه المخدمات بالإضافة لمنافذها المعتادة.', true],
    ['انتبه إلى أن صيغة هذا الملف ليست مطابقة لصيغة /etc/crontab.', true],
    ['تحدد الوحدات المستخدمة في الملف /etc/nsswitch.conf في المدخلات passwd و shadow و group.', false],
    // The Arabic handbook: "the main settings", "the first steps of the setup", of a program named before.
    ['الإعدادات الرئيسية هي في الملف /etc/dirvish/master.conf.', true],
    ['أولى خطوات الإعداد هي تخصيص الملف /etc/awstats/awstats.conf.', true],
    ['الإعدادات الرئيسية لبرنامج dirvish هي في الملف /etc/dirvish/master.conf.', false],
    ['الإعدادات المحلية للنظام محفوظة في الملف /etc/default/locale.', false],
    // "The first edition saw the light on 14 October 2004": of what? "So the administrators set up ...".
    ['رأت الطبعة الأولى النور في 14 أكتوبر 2004 ولاقت نجاحاً كبيراً.', true],
    ['رأت الطبعة الأولى لكتاب دبيان النور في 14 أكتوبر 2004.', false],
    ['أعدّ مديرو النظم إذاً مضيفاً ظاهرياً على مخدم HTTP الداخلي لديهم.', true],
    ['إذا لم يجد النظام العنوان في الملف /etc/hosts يستشير مخدم DNS.', false],
    ['마찬가지로 netcfg는 적당한 주소로 게이트웨이를 설정합니다.', true],
    // Korean determiners before a noun ("that file", "this method"); "이" written onto its noun is a particle.
    ['불행히도 그 파일의 이름은 TFTP 클라이언트가 결정하고, 어떤 표준도 없습니다.', true],
    ['DVD 이미지나 기타 설치 방법을 이용하는 경우에는 이 방법으로 어떤 데스크톱 환경이든 설치할 수 있습니다.', true],
    ['해당 항목을 선택하면 설치 프로그램이 다음 단계로 넘어갑니다.', true],
    ['설치 프로그램이 네트워크 설정을 자동으로 찾습니다.', false],
    ['Ο πυρήνας του Linux πρωτοεμφανίστηκε το 1991.', false],
    ['Θα πρέπει επίσης να υπάρχει ένας κόμβος /dev/cdrom.', true],
    // "At that time", "on the same disk", "in addition to that", "in the same way", with the article or a
    // preposition written onto the word.
    ['Την εποχή εκείνη θεσπίστηκε η Ευρωπαϊκή Σύμβαση για τα Ανθρώπινα Δικαιώματα το 1950.', true],
    ['Η πρώτη λογική κατάτμηση στον ίδιο δίσκο είναι η /dev/sda5.', true],
    ['Η πρώτη λογική κατάτμηση του πρώτου δίσκου είναι η /dev/sda5.', false],
    ['بالإضافة لذلك، يحوي المجلد /usr/share/ بيانات مستقلة عن المعمارية.', true],
    ['يحوي المجلد /usr/share/ بيانات مستقلة عن المعمارية.', false],
    ['كذلك يعمل برنامج cron على جميع أنظمة دبيان.', true],
    ['تقع الكتلة الأولى في نفس القرص الذي يحوي /boot.', true],
    ['تعمل الأداة apt في نفس الوقت مع dpkg على النظام.', false],
    // "The organization", "the name", "the installer", "the default value" with nothing that says which.
    ['את שירותי הארגון מספקים 23,000 עובדים, רובם פלסטינים.', true],
    ['יש סברה שמקור השם הוא בשיבוש השם "מרנפתח", שמו של מלך מצרי.', true],
    ['הארגון של האו"ם לפליטים הוקם בשנת 1949.', false],
    ['Ο εγκαταστάτης έχει την αφετηρία του στο πρότζεκτ boot-floppies.', true],
    ['Ο εγκαταστάτης του Debian έχει την αφετηρία του στο πρότζεκτ boot-floppies.', false],
    ['Типове значення можна встановити окремо для кожного вузла в файлах налаштувань.', true],
    ['Типове значення параметра Compression можна встановити окремо для кожного вузла.', false],
    ['يمكن ملاءمة هذه القائمة بسهولة، إذ أنها مخزنة في الملف /etc/postgrey/whitelist_clients.', true],
    ['صيغة الملف /etc/postfix/vmailbox بسيطة جداً أيضاً: حقلين تفصلهما مسافة بيضاء.', true],
    ['각 알고리즘을 설명하는 건 이 문서의 범위를 벗어난 얘기입니다.', true],
    ['자세한 내용은 제4장을 보십시오.', true],
    ['보통 CD 전체를 사용하는 일은 없기 때문입니다.', true],
    ['UEFI 시스템에서는 운영 체제를 설치할 때 고려할 점이 몇 가지 있습니다.', true],
    // The GPL in Korean: "one of the following items", the list under it.
    ['피양도자는 다음 중 하나의 항목을 만족시키는 조건에 한해서 프로그램을 복제하고 배포할 수 있습니다.', true],
    ['피양도자는 프로그램을 목적 코드나 실행물의 형태로 복제하고 배포할 수 있습니다.', false],
    ['데비안 프로젝트는 1993년에 이언 머독이 시작했습니다.', false],
    // The Rust book in Korean: a chapter named by its number, the writer's plan ("we will introduce", "next").
    ['대신 트레잇 객체를 이용할 수 있는데, 이건 17장에서 다루게 될 것입니다.', true],
    ['이번에는 값의 소유권을 넘기는 대신 참조자를 넘겨주는 방법을 소개하도록 하겠습니다.', true],
    ['다음으로 알아볼 것은 참조자의 또 다른 종류인 슬라이스 입니다.', true],
    ['러스트에서, 각각의 값은 소유자라는 변수가 정해져 있다.', false],
    // "The components listed here".
    ['여기에 목록이 나와 있는 컴포넌트는 일반적인 설치 과정과는 상관이 없습니다.', true],
    // Greek Wikipedia (XQuAD): "his work", "its existence", a possessive clitic after its noun or before the verb.
    ['Το έργο του έπεσε σε σχετική αφάνεια μετά τον θάνατό του.', true],
    ['Η ύπαρξή του αποδείχθηκε για πρώτη φορά το 1962.', true],
    ['Το DNA του χλωροπλάστη του ήπατος αλληλουχήθηκε από δύο ερευνητικές ομάδες.', false],
    ['Η άμυνα της ομάδας ήταν έκτη στην κατάταξη του πρωταθλήματος.', false],
    ['تم شرح ذلك في قسم 9.2 من الكتاب.', true],
    // Arabic Wikipedia (XQuAD): "his work" as the subject of a sentence opening with its verb; a name first, or a
    // preposition with its pronoun, is none.
    ['أصبح عمله غير معروف بشكل نسبي بعد موته، ولكن تمت تسمية وحدة تسلا على شرفه.', true],
    ['وفاته كانت في نيويورك في السابع من يناير.', true],
    ['أصبح عمل تسلا غير معروف بشكل نسبي بعد موته.', false],
    ['يوجد فيه 750 عضوا منتخبا من الدول الأعضاء.', false],
    ['اتجاه الرياح يتغير في فصل الشتاء.', false],
    ['설치에는 CD 3장이 필요합니다.', false],
    ['데비안 GNU/리눅스 12 릴리스는 9개의 주요 아키텍처를 지원합니다.', false],
  ])('%s -> %s', (sentence, expected) => {
    expect(pointsOutside(sentence)).toBe(expected);
  });
});

describe('withoutCrossReferences', () => {
  it.each([
    [
      'Die Dateien werden signiert (siehe Abschnitt 5.2) und hochgeladen.',
      'Die Dateien werden signiert und hochgeladen.',
    ],
    [
      '简单地使用 ____ （参见第 1.4.9 节）记录 shell 活动会产生一个有控制字符的文件。',
      '简单地使用 ____ 记录 shell 活动会产生一个有控制字符的文件。',
    ],
    ['設定ファイルは起動時に読み込まれる（詳細は第 3 章を参照）。', '設定ファイルは起動時に読み込まれる。'],
    ['Modifier keys are not supported for mousing (p. 240).', 'Modifier keys are not supported for mousing.'],
    ['Les fichiers sont signés (voir la section 5.2) puis envoyés.', 'Les fichiers sont signés puis envoyés.'],
    // An aside that says something stays: it is part of what the sentence states.
    ['tail(1) 输出文件的末尾（最后 10 行）。', 'tail(1) 输出文件的末尾（最后 10 行）。'],
    ['The filter (see below) is applied first.', 'The filter is applied first.'],
    ['Si può usare screen (vedere Sezione 9.1.2) per la sessione.', 'Si può usare screen per la sessione.'],
    ['screen プログラムを使いましょう (項9.1.2参照下さい)。', 'screen プログラムを使いましょう。'],
    // The blank of a stem inside one stays: the question is about what it names.
    [
      'Si possono elencare gli alias con alias (vedere ____).',
      'Si possono elencare gli alias con alias (vedere ____).',
    ],
  ])('%s -> %s', (text, expected) => {
    expect(withoutCrossReferences(text)).toBe(expected);
  });
});

describe('hasMarkup', () => {
  it.each([
    ['The \\numtoName command writes a number in words.', true],
    ['Use dh_make --createorig to create the original tarball.', true],
    ['The file debian/control holds the package description.', false],
    ['Edit /etc/apt/sources.list to add the mirror.', true],
    ['Put the result in <code>stdout</code>.', true],
    ['(7) assures us that dτ2 = 1 − 1 = 0 is equal to dτ′2.', true],
    ['∆s is not a physical distance in four-dimensional spacetime.', true],
    ['The function f(x) { return x; } is trivial.', true],
    ['The largest file is (2^32 - 1) bytes on FAT.', true],
    ['The Red River Compact allocates water among four states.', false],
    ['Η φωτοσύνθεση γίνεται στους χλωροπλάστες.', false],
    ['Photosynthesis takes place in the chloroplasts of plant cells.', false],
    ['The price rose by 12% in 1998.', false],
  ])('%s -> %s', (text, expected) => {
    expect(hasMarkup(text)).toBe(expected);
  });
});

describe('looksGarbled', () => {
  it.each([
    ['Approved for Release 2019/07/30 : C0-01234 7 4 2 a b c d', true],
    ['Abstract Deep venous thrombosis prophylaxis is essential to the management of trauma patients.', true],
    ['Abstract algebra studies groups, rings and fields.', false],
    ['The c0de of the camera was kept secret by the agency.', true],
    ['Results . . . . . . . . . . . . . 12', true],
    ['Name Version Size Date 1.2 3.4 5.6 7.8 9.0 1.1 2.2 3.3 4.4', true],
    ['t h e pigeon carried the camera over the target.', true],
    ['A spacetime diagram is just like a position–time graph14: velocity is a straight line.', true],
    ['For simplicity we will favour the equivalent notation given on the right1.', true],
    ['9These steps are left as an exercise.', true],
    ['9 Vous pouvez le faire vous-même avec dupload(1).', true],
    ['3即使旧的 vim 也能够启动完全的 nocompatible 模式。', true],
    ['13A quick reminder of the notation is given in the appendix.', true],
    ['13, 22–24, and the Court has long held that compacts are contracts.', true],
    ['III The Court of Appeals affirmed the judgment.', true],
    ['A NaÃ¯ve Bayes classifier assumes independent features.', true],
    ['A naive Bayes classifier assumes that the features are independent.', false],
    ['B Interstate compacts are construed as contracts under the principles of contract law.', true],
    ['Ο Όλυμπος είναι το ψηλότερο βουνό της Ελλάδας, με ύψος 2.918 μέτρα.', false],
    ['O Brasil é o maior país da América do Sul em área e em população.', false],
    ['Version 2 of the protocol uses TLS 1.3 and UTF-8.', false],
    ['The pigeon carried a small camera over the target area.', false],
    ['COVID-19 spread to 114 countries by March 2020.', false],
    ['Debian 2.0 fue publicada en julio de 1998.', false],
    ['光合作用在叶绿体中进行。', false],
    ['ls(1) 用于显示文件和目录的权限信息（更多）。', true],
    ['The set command accepts several options (more) and a file name.', true],
    ['ls(1) 用于显示文件和目录的权限信息（参见第 1.2 节）。', false],
    // Right-to-left lines read back in the wrong order (the Arabic Debian Administrator's Handbook, printed by a
    // browser): brackets facing the wrong way, a full stop before its word, words spelled backwards.
    ['مخصص ليستخدمه مدير النظام لتثبيت البرامج يدوياً دون الكتابة فوق الملفات التي يديرها نظام الحزم .(dpkg)', true],
    ['يمكن ضبط المحارف )أو ملف آخر حسب ما تحدده الإعدادات', true],
    ['ةيضارتفالا ةصاخلا تاكبشلا يف لوكوتوربلا اذه مدختسا دقل.', true],
    ['إذا كان الأمن مهماً، يجب تشفير اتصال HTTP كله باستخدام .', true],
    ['에는 CRON 작업을 실행할 사용자를 지정하는 필드가 따로 있습니다.', true],
    ['이 파일에는 CRON 작업을 실행할 사용자를 지정하는 필드가 따로 있습니다.', false],
    ['الآلية، يمكن حقن القيم المأخوذة من إعدادات debconf في ملف إعداد Exim.', true],
    ['افتراضياً، تحوي المدخلة files dns، وهذا يعني أن النظام سوف يستشير الملف أولاً.', false],
    ['لقد استخدم هذا البروتوكول في الشبكات الخاصة الافتراضية.', false],
    ['يحتاج كل من TCP و UDP إلى منافذ لإنشاء اتصال مع تطبيق معين على الجهاز.', false],
    ['يستخدم نظام الحزم (dpkg) لتثبيت البرامج وإزالتها.', false],
    // A file's extension is no full stop before its word; an English fragment's stop before its last word is.
    ['يشير الامتداد .gz إلى ملف مضغوط باستخدام الأداة gzip.', false],
    ['تسرد التعليمة AllowOverride جميع الخيارات التي يمكن تفعيلها باستخدام ملفات .htaccess.', false],
    ['Some additional options are also available in these .control panels لقد كان تعميم ترميز UTF-8 حلاً.', true],
    ['Optionally one can .add the group too via user.group syntax المسار الكامل للبرنامج المخدم الذي سيستدعى.', true],
    ['המדינה הוקמה ב-1948 (לאחר מלחמת העצמאות).', false],
    // Words run together or broken, and a translation's second article (Greek and Arabic Wikipedia, XQuAD; the
    // Greek installation guide).
    ['Ο δεύτερος σκληρός δίσκος που ανιχνεύεται ονομάζεται /dev/sdb,κοκ.', true],
    ['Ο δεύτερος σκληρός δίσκος που ανιχνεύεται ονομάζεται /dev/sdb, κοκ.', false],
    ['Το 1891, ο Σκωτσέζος χημικός Ο James Dewar κατάφερε να παράγει αρκετό υγρό οξυγόνο.', true],
    ['Το 1891, ο Σκωτσέζος χημικός James Dewar κατάφερε να παράγει αρκετό υγρό οξυγόνο.', false],
    ['بموجب أحكام قانون اسكتلندا، سيتم تشكيل جمعية مُ نتَخبَةَ في أدنبره.', true],
    ['بموجب أحكام قانون اسكتلندا، سيتم تشكيل جمعية مُنتَخبَةَ في أدنبره.', false],
    ['نشرت ثلاثة من أعماله و في حرية المسيحي.', false],
    // A Latin comma set before the section number it follows, in an English sentence quoting an Arabic one.
    [
      'PAM” for an example of PAM configuration اددعإ“ ,11.7.3.2 مسق يعمل الملف /etc/default/locale بطريقة مشابهة.',
      true,
    ],
    ['يعمل الملف /etc/default/locale بطريقة مشابهة, لكنه يحوي فقط متغير البيئة LANG.', false],
  ])('%s -> %s', (text, expected) => {
    expect(looksGarbled(text)).toBe(expected);
  });
});

describe('addressesReader', () => {
  it.each([
    ['You can also adopt a package whose maintainer asked for help.', true],
    ['Vous pouvez aussi adopter un paquet orphelin.', true],
    ['Consultez la Charte Debian pour les détails.', true],
    ['小心没有非常好的理由，请不要尝试改变默认的键绑定。', true],
    ['我们使用 APT 管理软件包。', true],
    // The writer in the first person ("I", "the author"): talk about the document, not its subject.
    ['为了使用某个命令，我有时得在长长的 HOWTO 中找上半天。', true],
    ['为简便起见，笔者将讨论范围限定在具有默认安装的典型 PC 平台上。', true],
    ['自我测试程序在启动时运行。', false],
    ['The only point to remember is that there is a speed limit in spacetime diagrams.', true],
    ['提示稀疏文件的实际磁盘使用会随着数据的写入而增加。', true],
    ['Un paquet orphelin est un paquet sans responsable.', false],
    // German's formal "you", capitalized inside a sentence.
    ['Verlassen Sie sich nicht darauf, dass das Paket bereits installiert ist.', true],
    ['Andernfalls wird der Fehler nicht in Ihrer Liste der Paketfehler aufgeführt.', true],
    ['Sie ist die Liste der Entwickler.', false],
    ['For removing packages, please see the README of the upload queue.', true],
    ['Prenez soin de vérifier que tous les contrôles de lintian sont justifiés.', true],
    ['Tenha cuidado para remover a entrada ”testing” do ficheiro ”/etc/apt/sources.list”.', true],
    ['Assicurarsi che il pacchetto sia installato prima di continuare.', true],
    ['Gonzalez founded the Debian Women project in 2004.', false],
    ['Die Entwickler-Datenbank enthält die Schlüssel aller Entwickler.', false],
    ['Debian 使用 APT 管理软件包。', false],
    ['The Court held that the Compact does not pre-empt Oklahoma law.', false],
    // The writer or the reader in Italian, Portuguese, Russian, Japanese and German.
    ['Nel mio file di configurazione includo le opzioni seguenti.', true],
    ['Você pode instalar o pacote com o apt.', true],
    ['Мы используем этот файл для настройки.', true],
    ['私は /usr/share/doc ディレクトリーをいつも使います。', true],
    // German: the lecturer and the class of a lecture's slides, the writers of a manual.
    ['Wir haben keine Ahnung, was der Text bedeutet.', true],
    ['Unsere Systeme werden an mehreren sehr wichtigen Orten eingesetzt.', true],
    ['Ich empfehle, das Paket vor dem Hochladen zu prüfen.', true],
    ['Die Syntax einer Sprache ist die Menge ihrer Regeln.', false],
    // "EU" is no Portuguese "eu".
    ['The EU adopted its AI Act in 2024.', false],
    ['Vedere bash(1) per una spiegazione esatta.', true],
    ['O pacote dpkg instala os ficheiros do sistema.', false],
    // Ukrainian (React's guide), Greek and Korean (the Debian installation guide), Hebrew, Arabic.
    ['У певних ситуаціях, ви не хотітимете рендерити взагалі будь-що.', true],
    ['Як правило, вам не потрібно оновлювати стан більш ніж на кілька рівнів у глибину.', true],
    ['Зверніть увагу, що компоненту App не потрібно знати, що Toolbar робитиме з onPlayMovie.', true],
    ['Используйте ключи, чтобы React мог отличать элементы списка.', true],
    ['Не працюйте тут із власними проєктами, оскільки файли у /usr мають бути придатними лише до читання.', true],
    ['Повідомлення про помилки Надсилайте повідомлення про помилки електронною поштою.', true],
    ['Відкрите програмне забезпечення поширюється разом із кодом.', false],
    ['Локальні змінні не зберігаються між рендерами.', false],
    // The reader sent elsewhere (the ssh manual page in Ukrainian): a reflexive imperative, "to learn more".
    ['Зверніться до опису ControlPath і ControlMaster на сторінці підручника ssh_config(5).', true],
    ['Щоб дізнатися більше, ознайомтеся із описом параметра VerifyHostKeyDNS.', true],
    ['Просте з’єднання встановлюється швидше за захищене.', false],
    ['Στο Κεφάλαιο 4 θα βρείτε τα απαραίτητα αρχεία για τη μέθοδο εγκατάστασης που θέλετε.', true],
    ['Μπορείτε να δημουργήσετε μέχρι 60 λογικές κατατμήσεις για κάθε εκτεταμένη κατάτμηση.', true],
    ['Ξεκινήστε τον φυλλομετρητή από το μενού των εφαρμογών.', true],
    ['Σημειώστε ότι για εκκίνηση με τη μέθοδο PXE, το όνομα αρχείου είναι ένας φορτωτής εκκίνησης.', true],
    ['Επιλέξτε τη γλώσσα της εγκατάστασης από τη λίστα.', true],
    ['Ο πρώτος σκληρός δίσκος ονομάζεται /dev/sda.', false],
    ['Το Σχέδιο Debian ξεκίνησε το 1993, ώστε να δημιουργηθεί μια πλήρης διανομή.', false],
    ['데비안 GNU/리눅스 시스템의 12 릴리스에 대한 최신 정보는 데비안 12 페이지를 확인하십시오.', true],
    ['여러 네트워크 카드를 가지고있다면 /etc/modules 파일에 드라이버 모듈 이름을 배치하십시오.', true],
    ['우리는 데비안을 사용합니다.', true],
    ['데비안 프로젝트는 1993년에 시작되었습니다.', false],
    ['אם אתה משתמש במערכת, יש לבדוק את ההגדרות.', true],
    ['הפסיפס התגלה בשנת 1894, במהלך הנחת יסודות לבית.', false],
    ['يمكنك ضبطه من خلال تعديل الملف /etc/ntp.conf.', true],
    ['يسرد الملف /etc/inetd.conf هذه المخدمات بالإضافة لمنافذها المعتادة.', false],
    // The writers in Arabic's first person plural ("we explained", "we will see").
    ['لقد شرحنا مخدمات وعملاء SSH على لينكس في فصل سابق من الكتاب.', true],
    // The writers' case study: "we found".
    ['لقد عثرنا على ملف bd في المجلد /tmp/ بعد الفحص.', true],
    ['وجدنا أن المخدم يعمل بشكل صحيح بعد التحديث.', true],
    ['سنرى لاحقاً كيف نضبط المخدم.', true],
  ])('%s -> %s', (sentence, expected) => {
    expect(addressesReader(sentence)).toBe(expected);
  });
});

describe('needsItsTime', () => {
  it('finds claims dated to their writing', () => {
    expect(
      needsItsTime(
        'The testing release is intended to become the next stable release and is currently codenamed Bookworm.',
      ),
    ).toBe(true);
    expect(
      needsItsTime('El producto principal del proyecto a la fecha es la distribución de software Debian GNU/Linux.'),
    ).toBe(true);
    expect(needsItsTime('Le projet compte actuellement plus de mille développeurs.')).toBe(true);
    expect(needsItsTime('目前 Debian 支持多种架构。')).toBe(true);
    // An option described in Ukrainian and Russian manual pages: a verb with no subject.
    expect(needsItsTime('Пригнічує звичайний вивід і виводить назви файлів зі збігами.')).toBe(true);
    expect(needsItsTime('Подавляет обычный вывод и выводит имена файлов.')).toBe(true);
    expect(needsItsTime('Команда mount реалізує політику керування цією поведінкою.')).toBe(false);
    // "As of", "nowadays" in Hebrew, Arabic, Greek, Ukrainian, Russian and Korean.
    expect(needsItsTime('נכון ליוני 2009, הכניסה למנזר אפשרית רק בתיאום עם הפטריארכיה.')).toBe(true);
    expect(needsItsTime('يدعم دبيان حاليا تسع معماريات.')).toBe(true);
    expect(needsItsTime('Σήμερα το Debian υποστηρίζει εννέα αρχιτεκτονικές.')).toBe(true);
    expect(needsItsTime('Наразі Debian підтримує дев’ять архітектур.')).toBe(true);
    expect(needsItsTime('현재 데비안은 9개의 아키텍처를 지원합니다.')).toBe(true);
    // "The current file" of a program is no claim dated to its writing.
    expect(
      needsItsTime('現在ファイルの最終アクセス時間が、参照ファイルの最終更新時間よりも新しいかどうかをテストします。'),
    ).toBe(false);
    expect(needsItsTime('現在、Debian は 9 つのアーキテクチャをサポートしている。')).toBe(true);
    // What was expected when it was written.
    expect(needsItsTime('ביולי 2021 צפויה לעלות בחברת יס הסדרה "מעילה".')).toBe(true);
    expect(needsItsTime('Η νέα έκδοση αναμένεται να κυκλοφορήσει το 2024.')).toBe(true);
    expect(needsItsTime('새 버전은 2024년에 출시될 예정입니다.')).toBe(true);
    expect(needsItsTime('Нова версія очікується у 2024 році.')).toBe(true);
    expect(needsItsTime('当前的稳定版是 Debian 12。')).toBe(true);
    // "The current hostname", "the modules the current kernel loaded": what a running system has.
    expect(needsItsTime('不带参数运行 hostname(1) 命令可以打印出当前的主机名。')).toBe(false);
    expect(needsItsTime('lsmod(8) 程序以好看的格式展示”/proc/modules” 的内容, 显示当前内核加载了哪些模块。')).toBe(
      false,
    );
  });

  it('finds sentences placed in time, or given a subject, by the sentence before', () => {
    expect(needsItsTime('Eight years later, in 2023, Google Photos still could not identify a gorilla.')).toBe(true);
    expect(needsItsTime('Were it otherwise, Tarrant explains, the 25 percent cap would have no purpose.')).toBe(true);
    expect(needsItsTime('The following year the project moved to a new server.')).toBe(true);
    expect(needsItsTime('Dos años más tarde se publicó la versión 2.0.')).toBe(true);
    expect(needsItsTime('Se unió al proyecto en 1994 y siguió contribuyendo activamente hasta su muerte.')).toBe(true);
    expect(needsItsTime('Fue elegido líder del proyecto en 1998.')).toBe(true);
    expect(needsItsTime('At that time, the whole concept of a distribution of Linux was new.')).toBe(true);
    expect(needsItsTime('Por entonces el proyecto tenía unos sesenta desarrolladores.')).toBe(true);
  });

  it('leaves dated facts and sentences with their subject alone', () => {
    expect(needsItsTime('Debian 2.2 was released in August 2000.')).toBe(false);
    // "Se" is "if" in Italian and Portuguese.
    expect(needsItsTime('Se si compila un programma dai sorgenti, installarlo in /usr/local.')).toBe(false);
    expect(needsItsTime('Se você compilar um programa, instale-o em /usr/local.')).toBe(false);
    expect(needsItsTime('Ian Murdock se unió al proyecto en 1993.')).toBe(false);
    expect(needsItsTime('In later years the field turned to statistical methods.')).toBe(false);
    expect(needsItsTime('Le serveur a été mis à jour en 2004.')).toBe(false);
  });
});

describe('leansOnSubject', () => {
  it('finds a bare common noun under "the" as the subject', () => {
    expect(leansOnSubject('Closed since 2022, the plant is planned to be reopened in September 2023.')).toBe(true);
    expect(leansOnSubject('El archivo es también administrado con bases de datos PostgreSQL.')).toBe(true);
    expect(leansOnSubject('Le but est de résoudre le problème lié au fréquent changement d’URL SourceForge.')).toBe(
      true,
    );
    expect(leansOnSubject('Das Archiv wird mit PostgreSQL verwaltet.')).toBe(true);
    expect(leansOnSubject('La versión se congeló el 6 de agosto de 2010.')).toBe(true);
  });

  it('leaves definitions and named subjects alone', () => {
    expect(leansOnSubject('The mitochondrion is an organelle found in most cells.')).toBe(false);
    expect(leansOnSubject('The testing release is intended to become the next stable release.')).toBe(false);
    expect(leansOnSubject('The Red River Compact is a congressionally sanctioned agreement.')).toBe(false);
    expect(leansOnSubject('La distribución Debian es la más antigua.')).toBe(false);
  });
});

describe('stemProblem', () => {
  it('names the first problem found, or null for a sentence that stands alone', () => {
    expect(stemProblem('They were arrested in 1794.')).toBe('pointer');
    expect(stemProblem('The cone above this line is the future.')).toBe('deictic');
    expect(stemProblem('Run make -j4 to build it faster.')).toBe('markup');
    expect(stemProblem('Closed since 2019, the plant is currently being restarted.')).toBe('dated');
    expect(stemProblem('Robespierre was arrested in July 1794.')).toBeNull();
  });
});

describe('marksPaired', () => {
  it('wants brackets closed and quotation marks paired, the closing one on both sides too', () => {
    expect(marksPaired('The file is set in ”/etc/fstab”.')).toBe(true);
    expect(marksPaired('Les paquets « non libres » sont à part.')).toBe(true);
    expect(marksPaired('Das Paket „dpkg“ verwaltet Pakete.')).toBe(true);
    expect(marksPaired('« AllowTcpForwar à « yes ».')).toBe(false);
    expect(marksPaired('The “first version said it (in 1997.')).toBe(false);
  });

  it('counts straight double quotes only where asked: in Hebrew they mark acronyms too', () => {
    expect(marksPaired('He said "no.', { straight: true })).toBe(false);
    expect(marksPaired('He said "no".', { straight: true })).toBe(true);
    expect(marksPaired('בשנת 2004 היו לפי רישומי אונר"א ארבעה מיליון אנשים.')).toBe(true);
  });
});
