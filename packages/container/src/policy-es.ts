import type { PolicyWords } from './policy-words';

/** The cookie policy's sentences in Spanish, tuteando como la interfaz. */
export const POLICY_ES: PolicyWords = {
  title: 'Cookies y tecnologías similares',
  intro:
    'Las cookies son pequeños archivos de texto que un sitio web guarda en tu navegador. El almacenamiento local y el almacenamiento de sesión son lugares parecidos del navegador donde un sitio puede guardar datos: el de sesión se vacía al cerrar la pestaña; el local se conserva hasta que se borra. Esta sección enumera todo lo que {company} guarda en tu navegador de estas formas, para qué sirve cada elemento, cuánto dura y quién lo establece, y explica cómo eliges qué podemos usar.',
  version: 'Versión de esta política: `{version}`.',
  consentHeading: 'Tu consentimiento',
  necessaryNoConsent:
    'Usamos las cookies estrictamente necesarias porque sin ellas el sitio no funciona; por eso no necesitan tu consentimiento.',
  nothingBefore:
    'Todo lo demás se usa solo si lo permites. Hasta que elijas, no se guarda nada de ello ni se carga el script de ningún proveedor.',
  onlyByAction:
    'Solo das tu consentimiento cuando lo expresas: con «{acceptAll}», o activando categorías o proveedores en «{preferences}» y guardando. Seguir navegando, desplazarte por la página o cerrar el banner no es dar tu consentimiento.',
  refuseFreely:
    '«{onlyNecessary}» está junto a «{acceptAll}» y es igual de fácil. Rechazar no limita tu uso del sitio: solo queda desactivado lo que depende de una categoría que rechazaste{example}.',
  functionalExample: ' (por ejemplo, {vendors} {verb} las cookies funcionales)',
  needs: ['necesita', 'necesitan'],
  and: 'y',
  categoriesHeading: 'Qué usamos, por categoría',
  keptIn: 'Cada elemento es una cookie, salvo que tras su nombre se indique dónde más se guarda.',
  analyticsTruth:
    'Los datos están vinculados a identificadores aleatorios guardados en tu navegador: son seudónimos, no anónimos.',
  recordHeading: 'El registro de tu elección',
  record:
    'Guardamos tu elección en tu navegador, en el almacenamiento local con la clave `{key}` (en una cookie del mismo nombre si el almacenamiento local no está disponible), durante {duration}: las categorías que permitiste, los proveedores que desactivaste, cuándo elegiste y con qué versión de esta política.',
  askAgain: 'Pasado {duration}, o en cuanto esta política tenga una versión nueva, te volvemos a preguntar.',
  notSent: 'Tu elección se queda en tu navegador: no la enviamos a nuestros servidores.',
  receipts:
    'Cada vez que decides o retiras tu consentimiento, tu navegador también nos envía un comprobante de la decisión, para que podamos demostrar que diste tu consentimiento: un identificador de consentimiento aleatorio, las categorías que permitiste y los proveedores que desactivaste, cuándo, con qué versión de esta política, en qué página (sin lo que vaya tras `?` o `#`), en qué idioma, y una huella de los textos que se te mostraron. No contiene tu dirección IP, ni datos de tu navegador o dispositivo (user agent), ni cookies. El mismo identificador de consentimiento se queda en tu navegador junto con tu elección: indícalo si nos preguntas por tu consentimiento.',
  withdrawHeading: 'Cambiar de opinión',
  withdrawHow:
    'Puedes cambiar tu elección o retirar tu consentimiento en cualquier momento, con la misma facilidad con que lo diste: abre la {settings} (el enlace al pie de cada página), desactiva categorías o proveedores concretos y guarda, o elige «{rejectAll}».',
  settings: 'Configuración de cookies',
  withdrawEffect:
    'Cuando retiras tu consentimiento a un proveedor, lo detenemos en el acto: usamos su propio mecanismo de exclusión, si lo tiene, y borramos sus cookies y claves de almacenamiento en nuestro dominio.',
  markers:
    'Estas las conservamos a propósito: cada una registra que te excluiste de su proveedor, y borrarla permitiría que el script de ese proveedor volviera a rastrearte.',
  loaded: [
    'El script de un proveedor que ya se ejecutó no se puede sacar de una página abierta, así que la página se recarga cuando retiras tu consentimiento.',
    'El script de un proveedor que ya se ejecutó no se puede sacar de una página abierta: lo detiene el mecanismo de exclusión del proveedor, si lo tiene, y desaparece al salir de la página o recargarla.',
  ],
  thirdParty:
    'Nuestro sitio no puede leer ni borrar las cookies que los proveedores guardan en sus propios dominios: los enlaces de cada proveedor, más abajo, llevan a su propia configuración.',
  clearing:
    'Si borras los datos de este sitio en tu navegador, también se borra tu elección: el banner vuelve a preguntarte.',
  gpc: [
    'Si tu navegador envía la señal Global Privacy Control (GPC), la tomamos como un rechazo del marketing: «{acceptAll}» permite entonces todas las categorías salvo el marketing, que solo se usa si lo activas tú en la {settings}.',
    'Respetamos la señal Global Privacy Control (GPC): mantiene el marketing desactivado salvo que lo actives tú. Este sitio no usa cookies de marketing.',
    'Este sitio no actúa según la señal Global Privacy Control (GPC). En cualquier caso, no guarda ninguna cookie opcional sin tu consentimiento.',
  ],
  dnt: [
    'La opción «Do Not Track» (no rastrear) de tu navegador no cambia lo que hace este sitio: no guarda ninguna cookie opcional sin tu consentimiento, la envíe tu navegador o no.',
    'La señal según la que actuamos es Global Privacy Control, descrita arriba.',
  ],
  vendorsHeading: 'Proveedores',
  vendorsIntro:
    'Los scripts de estas empresas solo se ejecutan en nuestras páginas mientras su categoría está permitida, y reciben datos de tu navegador según sus propias políticas de privacidad. Sus cookies están en las tablas de arriba. Para desactivar uno de ellos en nuestro sitio, usa la {settings}; la página de exclusión del propio proveedor cubre también sus otros sitios.',
  category: 'Categoría: {category}.',
  surfaces: [
    'Solo en el sitio web público, nunca en la plataforma con sesión iniciada.',
    'En el sitio web público y en la plataforma.',
  ],
  changesHeading: 'Cambios en esta política',
  changes:
    'Cuando cambia lo que usamos, esta política tiene una versión nueva y el banner te vuelve a preguntar: una elección nunca se traslada a una versión que no has visto.',
  thisSite: 'Este sitio',
};
