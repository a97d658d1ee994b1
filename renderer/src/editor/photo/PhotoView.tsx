// A photo in the body: the image (or an "Add image" placeholder when an
// import produced a credit with no picture yet), its credit line, and its
// fields. The node is an atom, so the fields are ordinary inputs whose events
// ProseMirror leaves alone; each edit is one attribute change in the doc's history.
import { useId, useState } from 'react';
import {
  useEditorEventCallback,
  useIgnoreMutation,
  useEditorStateSelector,
  useStopEvent,
  type NodeViewComponentProps,
} from '@handlewithcare/react-prosemirror';
import { NodeSelection } from 'prosemirror-state';
import { useEditorServices } from '../body/editor-services';
import { photoCredit, photoWarnings } from './credit';
import { usePhotoSrc } from './usePhotoSrc';
import { photoAttrsFrom } from './add-files';
import type { PhotoAttrs } from './insert-photo';
import { describeKey } from '../help/shortcuts';
import { commandDeclaration } from '../../../../shared/commands/commands';
import { CaptionInput, CaptionText } from '../checks/CaptionFlags';

type TextField = 'caption' | 'alt' | 'photographer' | 'agency';

const FIELDS: { name: TextField; label: string; placeholder: string; multiline?: boolean }[] = [
  { name: 'caption', label: 'Caption', placeholder: 'What the picture shows, who, where, when', multiline: true },
  { name: 'alt', label: 'Alt text', placeholder: 'Describe the image for readers who cannot see it', multiline: true },
  { name: 'photographer', label: 'Photographer', placeholder: 'Name' },
  { name: 'agency', label: 'Agency', placeholder: 'Agency or source' },
];

const moveKeys = `${describeKey(commandDeclaration('move-block-up').keys[0]!)} / ${describeKey(commandDeclaration('move-block-down').keys[0]!)}`;

function isInsideFields(target: EventTarget | null): boolean {
  return target instanceof Element && !!target.closest('.photo-fields, .photo-actions, button, input, textarea');
}

export function PhotoView({ nodeProps, ref, children: _children, ...props }: NodeViewComponentProps) {
  const attrs = nodeProps.node.attrs as PhotoAttrs;
  // Read from the state (node identity, no positions during render): the
  // library's selectNode hook does not fire for this atom in our setup.
  const selected = useEditorStateSelector((state) => state.selection instanceof NodeSelection && state.selection.node === nodeProps.node);
  const services = useEditorServices();
  const { shown, error } = usePhotoSrc(attrs.asset);
  const [busy, setBusy] = useState(false);
  const idBase = useId();

  // Inputs are the journalist's, not ProseMirror's: keys, clicks, paste and drops there are theirs.
  useStopEvent((_view, event) => isInsideFields(event.target));
  useIgnoreMutation(() => true);

  const update = useEditorEventCallback((view, changes: Partial<PhotoAttrs>) => {
    if (!view) return;
    const pos = nodeProps.getPos();
    const node = view.state.doc.nodeAt(pos);
    if (!node || node.type.name !== 'photo') return;
    // Attribute steps, not a node replacement: the node view (and the input the
    // journalist is typing in) stays mounted and keeps its focus.
    const tr = view.state.tr;
    for (const [name, value] of Object.entries(changes)) {
      if (node.attrs[name] !== value) tr.setNodeAttribute(pos, name, value);
    }
    if (tr.docChanged) view.dispatch(tr);
  });

  const select = useEditorEventCallback((view) => {
    if (!view) return;
    view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, nodeProps.getPos())));
    view.focus();
  });

  async function addImage() {
    setBusy(true);
    try {
      const added = await services.client.pickImage({});
      if (!added) return;
      const meta = photoAttrsFrom(added);
      // Fill only what is empty: what the journalist (or the import) wrote stays.
      update({
        asset: meta.asset,
        caption: attrs.caption || meta.caption,
        alt: attrs.alt || meta.alt,
        photographer: attrs.photographer || meta.photographer,
        agency: attrs.agency || meta.agency,
      });
      // Select it, so its details stay open for checking the prefilled credit.
      select();
    } catch (e) {
      services.notify(`Could not add the image: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  const credit = photoCredit(attrs.photographer, attrs.agency);
  const warnings = photoWarnings(attrs).filter((w) => w.field !== 'image');
  const warningId = `${idBase}-warnings`;

  return (
    <figure
      {...props}
      ref={ref}
      // Keep the library's classes (ProseMirror-selectednode comes this way).
      className={['photo', props.className, selected && 'is-selected', warnings.length > 0 && 'needs-attention'].filter(Boolean).join(' ')}
      contentEditable={false}
      suppressContentEditableWarning
      data-testid="photo"
    >
      {/* ProseMirror drags the photo from here (its node is draggable) and drops it between blocks as one
          undoable step; not a button, so its events reach ProseMirror. The keyboard way is Mod-Alt-↑/↓. */}
      <div className="photo-handle" draggable="true" data-testid="photo-handle" title={`Drag to move the photo, or select it and press ${moveKeys}`}>
        <span aria-hidden="true">⠿</span> Drag to move
      </div>
      <div className="photo-frame" onMouseDown={(e) => {
        if (isInsideFields(e.target)) return;
        e.preventDefault();
        select();
      }}>
        {attrs.asset ? (
          shown ? (
            // width/height (CSS scales it to the column) hold the photo's space while it decodes.
            <img src={shown.url} alt={attrs.alt} width={shown.width} height={shown.height} draggable={false} />
          ) : (
            <div className="photo-placeholder">{error ? `The image cannot be shown: ${error}` : 'Loading image…'}</div>
          )
        ) : (
          <div className="photo-placeholder">
            <p>No image yet</p>
            <button type="button" className="primary" disabled={busy} onClick={() => void addImage()}>
              Add image
            </button>
          </div>
        )}
      </div>
      <figcaption className="photo-caption">
        {attrs.caption && <CaptionText text={attrs.caption} />}
        <span className={`photo-credit${credit ? '' : ' is-missing'}`} data-testid="photo-credit">
          {credit || 'No credit'}
        </span>
      </figcaption>
      <div className="photo-fields">
        {FIELDS.map((field) => {
          const id = `${idBase}-${field.name}`;
          const flagged = warnings.some((w) => w.field === field.name || (w.field === 'credit' && (field.name === 'photographer' || field.name === 'agency')));
          const common = {
            id,
            value: attrs[field.name],
            placeholder: field.placeholder,
            'aria-invalid': flagged ? true : undefined,
            'aria-describedby': flagged ? warningId : undefined,
            onChange: (e: { target: { value: string } }) =>
              update({ [field.name]: field.multiline ? e.target.value.replace(/\s*[\r\n]+\s*/g, ' ') : e.target.value.replace(/[\r\n]+/g, ' ') }),
          };
          return (
            <div className={`photo-field photo-field-${field.name}`} key={field.name}>
              <label htmlFor={id}>{field.label}</label>
              {field.name === 'caption' ? <CaptionInput {...common} flagsId={`${id}-flags`} /> : field.multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
            </div>
          );
        })}
      </div>
      {warnings.length > 0 && (
        <ul className="photo-warnings" id={warningId} data-testid="photo-warnings">
          {warnings.map((w) => (
            <li key={w.field}>{w.message}</li>
          ))}
        </ul>
      )}
    </figure>
  );
}
