import { REVIEW_OVERVIEW_PATH } from '../../review/due.ts'
import { SCHEDULES_PATH } from '../../schedules/upcoming.ts'

const link = { display: 'block', padding: '0.25rem 0', fontWeight: 600 } as const

/** Under the collections in the admin's navigation: the editors' overviews. */
export const EditorsNavLinks = () => (
  <nav aria-label="Overzichten" style={{ marginTop: '1rem' }}>
    <a href={`/admin${REVIEW_OVERVIEW_PATH}`} className="nav__link" style={link}>
      Controleren
    </a>
    <a href={`/admin${SCHEDULES_PATH}`} className="nav__link" style={link}>
      Gepland
    </a>
  </nav>
)
