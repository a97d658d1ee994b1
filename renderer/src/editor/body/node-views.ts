// Node views as React components. Must be one stable object for the life of the app.
import type { ComponentType } from 'react';
import type { NodeViewComponentProps } from '@handlewithcare/react-prosemirror';
import { AttributionView } from '../quote/AttributionView';
import { PhotoView } from '../photo/PhotoView';

export const nodeViewComponents: Record<string, ComponentType<NodeViewComponentProps>> = {
  attribution: AttributionView,
  photo: PhotoView,
};
