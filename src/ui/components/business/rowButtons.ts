import { h, type Component } from 'vue'
import { NButton, type DataTableColumn } from 'naive-ui'
import { Pencil, Trash2 } from '@lucide/vue'

/** A small icon button in a table row; its label goes to the tooltip and to screen readers. */
function iconButton(label: string, test: string, icon: Component, onClick: () => void) {
  return h(
    NButton,
    {
      size: 'small',
      quaternary: true,
      'aria-label': label,
      title: label,
      'data-test': test,
      onClick,
    },
    { icon: () => h(icon, { size: 15, 'aria-hidden': 'true' }) },
  )
}

/** One button of a row: its test id is `test` followed by the row's id. */
export interface RowAction<T> {
  readonly label: string
  readonly test: string
  readonly icon: Component
  readonly run: (row: T) => void
}

/** The edit and delete buttons every list of entries has, tested as `<prefix>-edit-<id>`. */
export function editAndDelete<T>(
  t: (key: string) => string,
  prefix: string,
  edit: (row: T) => void,
  remove: (row: T) => void,
): RowAction<T>[] {
  return [
    { label: t('business.edit'), test: `${prefix}-edit`, icon: Pencil, run: edit },
    { label: t('business.delete'), test: `${prefix}-delete`, icon: Trash2, run: remove },
  ]
}

/** The last column of a list: a row's buttons under a heading only screen readers read. */
export function actionsColumn<T extends { readonly id: number }>(
  title: string,
  actions: readonly RowAction<T>[],
): DataTableColumn<T> {
  return {
    key: 'actions',
    title: () => h('span', { class: 'visually-hidden' }, title),
    width: 30 + 30 * actions.length,
    render: (row) =>
      h(
        'div',
        { class: 'row-actions' },
        actions.map((one) =>
          iconButton(one.label, `${one.test}-${row.id}`, one.icon, () => one.run(row)),
        ),
      ),
  }
}

/** A year of a busy chapter holds hundreds of slips: pages keep a list of button rows quick. */
export const listPagination = { pageSize: 25 } as const
