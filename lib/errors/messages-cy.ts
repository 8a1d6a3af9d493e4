import type { TErrorCode } from "./codes";
import type { TRoleAction, TRoleHolders } from "./messages";

// The Welsh catalogue, beside the English one (messages.ts). Typed by the codes, so a code without its Welsh text
// does not compile; errors.test.ts checks that each Welsh text has the English text's placeholders. Terms follow
// lib/i18n/messages/cy (Dysgwr, Hyfforddwr, Gweinyddwr, dilysu dau gam, ap dilysu, codau adfer).

export const ROLE_ACTIONS_CY: Record<TRoleAction, string> = {
  "invite-people": "gwahodd pobl",
  "cancel-invitations": "canslo gwahoddiadau",
  "resend-invitations": "ailanfon gwahoddiadau",
  "import-people": "mewnforio pobl",
  "assign-course": "neilltuo'r cwrs",
  "send-reminders": "anfon nodiadau atgoffa",
  "change-due-dates": "newid dyddiadau cwblhau",
  "change-contacts": "newid y cysylltiadau diogelu",
  "export-records": "allforio",
  "produce-evidence": "cynhyrchu pecynnau tystiolaeth",
  "print-certificates": "argraffu tystysgrifau mewn swmp",
  "see-question-analysis": "gweld y dadansoddiad o'r cwestiynau",
  "revoke-certificates": "dirymu tystysgrifau",
  "manage-people": "rheoli pobl",
  "search-people": "chwilio drwy bawb",
  "list-organisations": "rhestru sefydliadau",
  "create-organisations": "creu sefydliadau",
  "create-groups": "creu grwpiau",
  "delete-groups": "dileu grwpiau",
  "change-quiz-settings": "newid gosodiadau'r cwis",
  "read-audit-log": "darllen y log archwilio",
  "read-outbox": "darllen y blwch anfon",
  "resend-emails": "anfon negeseuon e-bost eto",
  "erase-people": "dileu person",
  "reset-second-factor": "ailosod dilysu dau gam rhywun arall",
  "change-sign-in-rules": "newid rheolau mewngofnodi sefydliad",
  "change-organisation-language": "newid iaith sefydliad",
};

export const ROLE_HOLDERS_CY: Record<TRoleHolders, string> = {
  staff: "hyfforddwyr a gweinyddwyr",
  admin: "gweinyddwyr",
};

export const CY: Record<TErrorCode, string> = {
  SIGN_IN_REQUIRED: "Mae eich sesiwn wedi dod i ben. Mewngofnodwch eto i barhau.",
  SIGN_IN_NEEDED: "Mewngofnodwch i barhau.",
  ADDRESS_HAS_NUL: "Mae'r cyfeiriad hwn yn cynnwys nod na chaniateir.",
  ADDRESS_MALFORMED: "Nid yw'r cyfeiriad hwn wedi'i amgodio'n gywir. Gwiriwch y ddolen a rhowch gynnig arall arni.",
  ACTION_FROM_ANOTHER_SITE:
    "Anfonwyd y ffurflen hon o wefan arall, felly cafodd ei gwrthod. Agorwch y dudalen ar y wefan hon a rhowch gynnig arall arni.",
  SIGN_IN_FAILED:
    "Nid yw'r cyfeiriad e-bost a'r cyfrinair hynny'n cyfateb i gyfrif gweithredol. Gwiriwch nhw a rhowch gynnig arall arni.",
  SIGN_IN_RATE_LIMITED:
    "Bu gormod o ymdrechion aflwyddiannus i fewngofnodi i'r cyfrif hwn neu o'r rhwydwaith hwn. Arhoswch 15 munud a rhowch gynnig arall arni, neu ailosodwch eich cyfrinair.",
  ROLE_REQUIRED: "Dim ond {holders} sy'n gallu {action}.",
  INVALID_INPUT: "Gwiriwch y ffurflen a rhowch gynnig arall arni.",
  ACTION_UNREADABLE: "Nid oedd modd darllen y ffurflen hon. Ail-lwythwch y dudalen a rhowch gynnig arall arni.",
  ACTION_TOO_LARGE: "Mae'r ffurflen hon yn rhy fawr i'w hanfon. Gall ffeiliau a lwythir i fyny fod yn 2 MB ar y mwyaf.",
  CROSS_SITE_REFUSED: "Gwrthodwyd cais o wefan arall.",
  FORM_OUT_OF_DATE: "Ni newidiwyd dim. Ail-lwythwch y dudalen a rhowch gynnig arall arni.",
  NOTHING_ERASED: "Ni ddilëwyd dim: teipiwch DILEU i gadarnhau.",
  NOTHING_REVOKED: "Ni ddirymwyd dim: teipiwch DIRYMU i gadarnhau.",
  CHECK_FORM: "Gwiriwch y ffurflen.",
  QUIZ_LESSONS_UNREAD: "Bydd y cwis yn agor unwaith y bydd pob gwers yn y modiwl hwn wedi'i darllen.",
  QUIZ_UNREADABLE: "Nid oedd modd darllen eich atebion. Ail-lwythwch y dudalen a rhowch gynnig arall arni.",
  QUIZ_MODULE_GONE: "Nid yw'r modiwl hwn yn bodoli.",
  QUIZ_FORM_EXPIRED: "Mae ffurflen y cwis hwn wedi dod i ben. Ail-lwythwch y dudalen a rhowch gynnig arall arni.",
  QUIZ_UPDATED:
    "Mae'r cwis hwn wedi'i ddiweddaru ers i chi ei agor. Ail-lwythwch y dudalen i gael y cwestiynau presennol (ni chadwyd eich atebion).",
  QUIZ_ANSWER_EVERY_QUESTION: "Atebwch bob cwestiwn cyn cyflwyno.",
  QUIZ_FORM_TOO_OLD:
    "Mae ffurflen y cwis hwn yn fwy na diwrnod oed. Ail-lwythwch y dudalen i gael un newydd (ni chadwyd eich atebion).",
  QUIZ_RETAKE_WAIT:
    "Mae eich sefydliad yn gofyn i chi aros cyn rhoi cynnig arall ar y cwis hwn: gallwch ei ailsefyll o {when}. Defnyddiwch yr amser i ailddarllen y gwersi y mae eich atebion yn cyfeirio atynt.",
  ANSWER_UNKNOWN_QUESTION: 'Cwestiwn anhysbys "{id}".',
  ANSWER_MISSING: "Nid oes ateb i gwestiwn {number}.",
  ANSWER_ONE_ONLY: "Dim ond un ateb sydd i gwestiwn {number}.",
  ANSWER_NOT_AN_OPTION: "Mae gan gwestiwn {number} ateb nad yw'n un o'i ddewisiadau.",
  ANSWER_REPEATED: "Mae cwestiwn {number} yn ailadrodd ateb.",
  BODY_NOT_JSON: "Rhaid i gorff y cais fod yn JSON: {shape}.",
  BODY_INVALID: "Disgwylid {shape}.",
  ORGANISATION_NOT_MANAGED: "Ni allwch reoli'r sefydliad hwnnw.",
  OWN_GROUPS_ONLY: "Dim ond ar gyfer eich grwpiau eich hun y gallwch gynhyrchu tystiolaeth.",
  MODULE_NOT_FOUND: "Nid oes modiwl o'r fath.",
  LESSON_NOT_FOUND: "Nid oes gwers o'r fath.",
  LESSON_NOT_OPENED: "Nid oes gwers o'r fath wedi'i hagor.",
  CERTIFICATE_NOT_FOUND: "Heb ddod o hyd i'r dystysgrif.",
  SELECTION_NOT_A_FORM: "Anfonwch y dewis fel ffurflen: userId (wedi'i ailadrodd) ac, os mynnwch, org.",
  SELECTION_EMPTY: "Dewiswch o leiaf un person sydd â thystysgrif.",
  SELECTION_TOO_LARGE: "Dewiswch {max} o bobl ar y mwyaf ar gyfer un PDF.",
  SELECTION_WITHOUT_CERTIFICATES: "Nid oes gan yr un o'r bobl a ddewiswyd dystysgrif.",
  ADMIN_ONLY: "Dim ond gweinyddwyr sy'n gallu gwneud hyn.",
  CANNOT_DEACTIVATE_SELF: "Ni allwch ddadactifadu eich cyfrif eich hun.",
  CANNOT_CHANGE_OWN_ROLE: "Ni allwch newid eich rôl eich hun.",
  PERSON_NOT_FOUND: "Nid oes person o'r fath.",
  REACTIVATE_FIRST: "Ailactifadwch y cyfrif hwn yn gyntaf.",
  GROUP_OF_ANOTHER_ORGANISATION: "Nid yw un grŵp yn perthyn i sefydliad y person hwn.",
  ORGANISATION_SLUG_TAKEN: "Nid oedd modd dod o hyd i enw byr rhydd ar gyfer y sefydliad hwn.",
  RETAKE_WAIT_OUT_OF_RANGE: "Rhowch nifer cyfan o funudau o 0 i {max}.",
  THIS_ORGANISATION_GONE: "Nid yw'r sefydliad hwn yn bodoli mwyach.",
  THAT_ORGANISATION_GONE: "Nid yw'r sefydliad hwnnw'n bodoli mwyach.",
  GROUP_NAME_TAKEN: 'Mae grŵp o\'r enw "{name}" yn bodoli eisoes.',
  GROUP_NOT_FOUND: "Nid oes grŵp o'r fath.",
  GROUP_NOT_MANAGED: "Nid ydych yn rheoli'r grŵp hwnnw.",
  ASSIGN_PEOPLE_NOT_FOUND: "Heb eu canfod ymhlith y bobl rydych yn eu rheoli: {emails}. Ni neilltuwyd dim.",
  ASSIGN_NOBODY_MATCHED: "Ni chafwyd neb yn cyfateb: ni neilltuwyd dim.",
  REMIND_NOBODY_CHOSEN: "Ticiwch y bobl rydych am eu hatgoffa.",
  REMIND_NOBODY_MATCHED:
    "Does neb i'w atgoffa: nid oes yr un ohonynt yn rhywun rydych yn ei reoli sydd â'r cwrs i'w wneud o hyd.",
  DUE_DATE_PERSON_NOT_FOUND: "Nid ydych yn rheoli'r person hwn, felly ni newidiwyd ei ddyddiad cwblhau.",
  WELCOME_PERSON_NOT_FOUND: "Nid ydych yn rheoli'r person hwn, felly ni anfonwyd dim.",
  WELCOME_ALREADY_SET_UP:
    "Maen nhw eisoes wedi sefydlu eu cyfrif, felly nid oes gwahoddiad i'w ailanfon. Os na allant fewngofnodi, gall gweinyddwr anfon dolen ailosod cyfrinair atynt.",
  WELCOME_USES_SSO: "Maen nhw'n mewngofnodi drwy fewngofnodi sengl eu sefydliad, felly nid oes cyfrinair i'w sefydlu.",
  WELCOME_DEACTIVATED: "Mae'r cyfrif hwn wedi'i ddadactifadu: rhaid i weinyddwr ei ailactifadu yn gyntaf.",
  CONTACTS_WHO_EDITS:
    "Dim ond gweinyddwyr, a hyfforddwyr sy'n gofalu am y sefydliad cyfan (nid rhai o'i grwpiau yn unig), sy'n gallu eu newid.",
  CONTACTS_READ_ONLY:
    "Gallwch weld y cysylltiadau hyn ond nid eu newid. Dim ond gweinyddwyr, a hyfforddwyr sy'n gofalu am y sefydliad cyfan (nid rhai o'i grwpiau yn unig), sy'n gallu eu newid.",
  NOT_A_CERTIFICATE_NUMBER: "Nid yw hwnnw'n rhif tystysgrif.",
  CERTIFICATE_ALREADY_REVOKED: "Mae'r dystysgrif hon eisoes wedi'i dirymu.",
  NO_CERTIFICATE_WITH_NUMBER: "Nid oes tystysgrif â'r rhif hwnnw.",
  CANNOT_ERASE_SELF: "Ni allwch ddileu eich cyfrif eich hun: gofynnwch i weinyddwr arall.",
  ERASE_REASON_LENGTH: "Rhowch reswm o 5 i 500 nod: caiff ei gadw gyda'r cofnod.",
  ALREADY_ERASED: "Mae'r person hwn eisoes wedi'i ddileu.",
  CHOOSE_ORGANISATION: "Dewiswch sefydliad.",
  CHOOSE_GROUP: "Dewiswch grŵp.",
  ENTER_EMAILS: "Rhowch o leiaf un cyfeiriad e-bost.",
  ENTER_SIGN_IN_EMAIL: "Rhowch y cyfeiriad e-bost rydych yn mewngofnodi ag ef.",
  IMPORT_FILE_MISSING: "Dewiswch ffeil CSV i'w llwytho i fyny.",
  IMPORT_FILE_TOO_LARGE: "Mae'r ffeil yn fwy na 2 MB. Rhannwch hi'n ffeiliau llai.",
  IMPORT_FILE_NOT_CSV: "Nid oedd modd darllen y ffeil fel CSV: {reason}.",
  IMPORT_FILE_EMPTY: "Mae'r ffeil yn wag.",
  IMPORT_FILE_HEADER: 'Rhaid i\'r rhes gyntaf enwi\'r colofnau: "name", "email", ac, os mynnwch, "group" a "due date".',
  IMPORT_FILE_TOO_MANY: "Mae {count} o bobl yn y ffeil; mewnforiwch {max} ar y mwyaf ar y tro.",
  IMPORT_ROW_NAME_MISSING: "Mae'r enw ar goll.",
  IMPORT_ROW_NAME_TOO_LONG: "Mae'r enw'n hwy na 120 nod.",
  IMPORT_ROW_EMAIL_MISSING: "Mae'r cyfeiriad e-bost ar goll.",
  IMPORT_ROW_EMAIL_INVALID: 'Nid yw "{email}" yn gyfeiriad e-bost dilys.',
  IMPORT_ROW_DUPLICATE: "Dyblyg: mae'r cyfeiriad e-bost hwn hefyd ar linell {line}.",
  IMPORT_ROW_UNKNOWN_GROUP: 'Grŵp anhysbys "{group}".',
  IMPORT_ROW_BAD_DATE: 'Nid yw\'r dyddiad cwblhau "{value}" yn ddyddiad: defnyddiwch 2027-01-31 neu 31/01/2027.',
  IMPORT_ROW_OTHER_ORGANISATION: "Mae'r cyfeiriad e-bost hwn yn perthyn i rywun mewn sefydliad arall.",
  IMPORT_ROW_NOT_YOURS: "Ni allwch chi ychwanegu'r cyfeiriad hwn: gofynnwch i weinyddwr.",
  IMPORT_UPLOAD_AGAIN: "Llwythwch y ffeil i fyny eto.",
  IMPORT_NOT_FOUND: "Heb ddod o hyd i'r rhagolwg mewnforio hwn. Llwythwch y ffeil i fyny eto.",
  IMPORT_ALREADY_APPLIED: "Mae'r mewnforio hwn eisoes wedi'i gymhwyso.",
  IMPORT_EXPIRED: "Mae'r rhagolwg hwn yn fwy nag awr oed. Llwythwch y ffeil i fyny eto.",
  IMPORT_ROWS_REJECTED:
    "Gwrthodwyd rhai rhesi. Cywirwch nhw a llwythwch y ffeil i fyny eto: nid oes dim wedi'i fewnforio.",
  IMPORT_STALE:
    "Mae rhai pobl neu grwpiau wedi newid ers i'r ffeil gael ei gwirio. Llwythwch hi i fyny eto: nid oes dim wedi'i fewnforio.",
  INVITATION_LINK_INVALID: "Nid yw'r ddolen wahoddiad hon yn ddilys.",
  INVITATION_TRAINERS_INVITE_LEARNERS: "Dim ond dysgwyr y gall hyfforddwyr eu gwahodd.",
  INVITATION_GROUP_ELSEWHERE: "Nid yw un o'r grwpiau'n perthyn i'r sefydliad hwn.",
  INVITATION_OWN_GROUPS_ONLY: "Dim ond at eich grwpiau eich hun y gallwch ychwanegu pobl.",
  INVITATION_ACCOUNT_EXISTS: "Mae gan {email} gyfrif eisoes.",
  INVITATION_USED: "Mae'r gwahoddiad hwn eisoes wedi'i ddefnyddio: mewngofnodwch yn lle hynny.",
  INVITATION_REVOKED: "Mae'r gwahoddiad hwn wedi'i ganslo. Gofynnwch i'ch hyfforddwr neu'ch gweinyddwr am un newydd.",
  INVITATION_EXPIRED: "Mae'r ddolen wahoddiad hon wedi dod i ben neu nid yw'n ddilys. Gofynnwch am un newydd.",
  INVITATION_NOT_FOUND: "Heb ddod o hyd i'r gwahoddiad hwnnw, neu mae eisoes wedi'i dderbyn.",
  INVITATION_ALREADY_CANCELLED: "Mae'r gwahoddiad hwn eisoes wedi'i ganslo.",
  INVITATION_CANCELLED_SEND_NEW: "Cafodd y gwahoddiad hwn ei ganslo: anfonwch un newydd yn lle hynny.",
  ACCOUNT_EXISTS_SIGN_IN: "Mae cyfrif â'r cyfeiriad e-bost hwn yn bodoli eisoes: mewngofnodwch yn lle hynny.",
  RESET_LINK_INVALID: "Nid yw'r ddolen ailosod hon yn ddilys.",
  RESET_LINK_EXPIRED: "Mae'r ddolen ailosod hon wedi dod i ben neu wedi'i defnyddio eisoes. Gofynnwch am un newydd.",
  RESET_LINK_USED: "Mae'r ddolen ailosod hon eisoes wedi'i defnyddio.",
  CHECK_PASSWORD: "Gwiriwch eich cyfrinair.",
  NOTHING_TO_SEND: "Nid oedd dim i'w anfon.",
  EMAIL_NOT_FOUND: "Nid yw'r neges e-bost honno yn y blwch anfon mwyach.",
  EMAIL_ALREADY_SENT: "Mae'r neges e-bost hon eisoes wedi'i hanfon: ni anfonwyd dim eto.",
  EMAIL_BEING_SENT:
    "Mae'r neges e-bost hon yn cael ei hanfon ar hyn o bryd. Ail-lwythwch y dudalen ymhen munud i weld sut aeth hi.",
  EMAIL_LINK_GONE:
    "Mae'r ddolen untro yn y neges e-bost hon wedi dod i ben neu ni ellir ei darllen mwyach, felly ni fyddai ei hanfon eto o help. Anfonwch ddolen newydd at y person yn lle hynny (gwahoddiad newydd, neu ddolen ailosod cyfrinair o'i dudalen).",
  EMAIL_RECIPIENT_ERASED:
    "Roedd y neges e-bost hon at berson y mae ei fanylion wedi'u dileu, felly ni ellir ei hanfon eto.",
  SECOND_FACTOR_NEEDED: "Rhowch y cod o'ch ap dilysu i orffen mewngofnodi.",
  SECOND_FACTOR_WRONG_CODE:
    "Nid yw'r cod hwnnw'n gywir, neu mae wedi'i ddefnyddio eisoes. Rhowch y cod y mae eich ap dilysu yn ei ddangos nawr, neu un o'ch codau adfer.",
  SECOND_FACTOR_RATE_LIMITED:
    "Bu gormod o godau anghywir ar gyfer y cyfrif hwn neu o'r rhwydwaith hwn. Arhoswch 15 munud a rhowch gynnig arall arni, neu gofynnwch i weinyddwr ailosod dilysu dau gam.",
  SECOND_FACTOR_ALREADY_ON: "Mae dilysu dau gam eisoes ymlaen ar gyfer eich cyfrif.",
  SECOND_FACTOR_SETUP_EXPIRED: "Mae'r gosodiad hwn wedi dod i ben. Ail-lwythwch y dudalen a sganiwch y cod QR newydd.",
  SECOND_FACTOR_NOT_ON: "Nid yw dilysu dau gam ymlaen ar gyfer y cyfrif hwn.",
  SECOND_FACTOR_REQUIRED:
    "Mae eich rôl yn gofyn am ddilysu dau gam, felly ni ellir ei ddiffodd. Ar gyfer ffôn newydd, gofynnwch i weinyddwr ei ailosod.",
  CANNOT_RESET_OWN_SECOND_FACTOR:
    "Ni allwch ailosod eich dilysu dau gam eich hun yma: defnyddiwch god adfer, neu gofynnwch i weinyddwr arall.",
  SSO_FAILED:
    "Ni weithiodd mewngofnodi gyda chyfrif eich sefydliad (efallai fod y mewngofnodi wedi dod i ben neu wedi cael ei dorri ar draws). Rhowch gynnig arall arni.",
  SSO_ACCOUNT_INACTIVE:
    "Mae'r cyfrif hwn wedi'i ddadactifadu. Gofynnwch i'ch hyfforddwr neu'ch gweinyddwr os oes angen mynediad arnoch.",
  SSO_NO_EMAIL:
    "Ni roddodd cyfrif eich sefydliad eich cyfeiriad e-bost i ni, felly ni allwn ddweud pwy ydych chi. Gofynnwch i'ch tîm TG ei gynnwys.",
  SSO_EMAIL_UNVERIFIED:
    "Ni chadarnhaodd cyfrif eich sefydliad eich cyfeiriad e-bost, felly ni ellir ei ddefnyddio i fewngofnodi yma. Mewngofnodwch gyda'ch cyfrinair, neu gofynnwch i'ch tîm TG.",
  SSO_DOMAIN_UNKNOWN:
    "Nid yw eich cyfeiriad e-bost mewn parth y mae unrhyw sefydliad yma wedi'i sefydlu ar gyfer mewngofnodi sengl. Mewngofnodwch gyda'ch cyfrinair, neu gofynnwch i'ch gweinyddwr ychwanegu parth eich sefydliad.",
  SSO_NOT_WORKSPACE:
    "Cyfrif Google personol yw hwnnw. Mewngofnodwch gyda chyfrif Google Workspace eich sefydliad, neu gyda'ch cyfrinair.",
  SSO_TENANT_MISMATCH:
    "Mae eich cyfrif Microsoft yn perthyn i gyfeiriadur nad yw'r un y mae eich sefydliad wedi'i sefydlu yma. Gofynnwch i'ch gweinyddwr wirio'r id tenant.",
  SSO_ACCOUNT_ELSEWHERE:
    "Mae gan eich cyfeiriad e-bost gyfrif mewn sefydliad arall yma eisoes, felly ni ellir ei gysylltu â'r un hwn. Gofynnwch i weinyddwr.",
  SSO_NOT_FOR_ADMINISTRATORS:
    "Mae gweinyddwyr yn mewngofnodi gyda'u cyfeiriad e-bost, eu cyfrinair a'u hap dilysu, nid gyda chyfrif sefydliad.",
  SSO_REQUIRED_NEEDS_PROVIDER:
    "Ticiwch o leiaf un math o gyfrif a all fewngofnodi cyn mynnu mewngofnodi sengl: fel arall ni allai neb ond gweinyddwyr fewngofnodi.",
  SSO_PROVIDER_NOT_ACCEPTED:
    "Nid yw eich sefydliad wedi troi mewngofnodi gyda'r math hwn o gyfrif ymlaen yma. Defnyddiwch y botwm y mae eich sefydliad yn ei ddefnyddio, neu eich cyfrinair, neu gofynnwch i'ch gweinyddwr.",
  SIGN_IN_USE_SSO:
    "Mae eich sefydliad yn eich mewngofnodi gyda'i gyfrif ei hun. Defnyddiwch y botwm ar ei gyfer isod, nid cyfrinair.",
  PERSON_USES_SSO:
    "Mae eu sefydliad yn mewngofnodi ei bobl gyda'i gyfrifon ei hun, felly nid oes ganddynt gyfrinair yma i'w ailosod. Gall eu tîm TG eu helpu i fewngofnodi.",
  DOMAIN_TAKEN:
    "Mae {domain} eisoes wedi'i sefydlu ar gyfer {organisation}. Dim ond i un sefydliad y gall parth berthyn.",
  DOMAIN_NOT_FOUND: "Nid yw'r parth hwnnw wedi'i sefydlu ar gyfer y sefydliad hwn.",
  FIELD_DOMAIN_INVALID: "Rhowch barth fel ysgol.example.org, heb yr @ nac unrhyw fylchau.",
  FIELD_TENANT_INVALID:
    "Rhowch id y tenant (cyfeiriadur) o Microsoft Entra: 36 nod fel 72f988bf-86f1-41af-91ab-2d7cd011db47.",
  LOGO_NOT_AN_IMAGE:
    "Rhaid i'r logo fod yn ddelwedd PNG neu JPEG. Cadwch ef yn un o'r fformatau hynny a'i lwytho i fyny eto.",
  LOGO_TOO_LARGE:
    "Mae'r logo yn fwy na {max} KB. Cadwch gopi llai (mae tua 600 picsel o led yn ddigon ar gyfer argraffu) a'i lwytho i fyny eto.",
  FIELD_SIGNATORY_ROLE_WITHOUT_NAME: "Rhowch enw'r llofnodwr yn ogystal â'i rôl, neu gadewch y ddau'n wag.",
  FIELD_SIGNATORY_TOO_LONG: "Cadwch hwn o dan {max} nod fel ei fod yn ffitio ar y dystysgrif.",
  FIELD_CODE_MISSING: "Rhowch y cod 6 digid o'ch ap dilysu.",
  FIELD_PASSWORD_TOO_SHORT: "Defnyddiwch o leiaf {min} nod: mae tri gair ar hap yn gweithio'n dda.",
  FIELD_PASSWORD_TOO_LONG: "Defnyddiwch {max} nod ar y mwyaf.",
  FIELD_PASSWORDS_DIFFER: "Nid yw'r ddau gyfrinair yn cyfateb.",
  FIELD_NAME_MISSING: "Rhowch eu henw.",
  FIELD_NAME_TOO_SHORT: "Rhowch enw o {min} nod o leiaf.",
  FIELD_NAME_TOO_LONG: "Cadwch yr enw o dan {max} nod.",
  FIELD_NOT_A_RECORD_ID: "Nid yw'n id dilys.",
  FIELD_TOO_MANY_ANSWERS: "Gormod o atebion.",
  FIELD_CONTACT_NAME_MISSING: "Mae angen enw ar bob cyswllt.",
  FIELD_CONTACT_EMAIL_INVALID: "Gwiriwch y cyfeiriadau e-bost.",
  FIELD_EMAIL_INVALID: "Rhowch gyfeiriad e-bost dilys.",
  FIELD_CONTACT_PHONE_INVALID: "Gall rhifau ffôn gynnwys digidau, bylchau, cromfachau, cysylltnodau a + ar y dechrau.",
  FIELD_CONTACT_PROBLEM: "Cyswllt {number}: {problems}",
  FIELD_ERASE_REASON_TOO_SHORT: "Rhowch reswm o {min} nod o leiaf: caiff ei gadw yn y log archwilio.",
  FIELD_REASON_TOO_SHORT: "Rhowch reswm o {min} nod o leiaf: caiff ei gadw gyda'r cofnod.",
  FIELD_REASON_TOO_LONG: "Cadwch y rheswm o dan {max} nod.",
  FIELD_WAIT_NOT_A_NUMBER: "Rhowch yr amser aros mewn munudau, fel rhif cyfan.",
  FIELD_WAIT_NEGATIVE: "Ni all yr amser aros fod yn negatif.",
  FIELD_WAIT_TOO_LONG: "Cadwch yr amser aros i wythnos ({max} munud) neu lai.",
  FIELD_TYPE_ERASE: "Teipiwch DILEU, mewn priflythrennau, i gadarnhau.",
  FIELD_TYPE_REVOKE: "Teipiwch DIRYMU, mewn priflythrennau, i gadarnhau.",
};
