import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { Contact } from '../src/core/feed/index.js';
import { example } from './fixtures.js';

interface ContactArgs {
  contacts?: readonly Contact[];
  name: string;
  'contact-role': string;
  organisation: string;
  phone: string;
  email: string;
  url: string;
  lang: string;
}

const meta: Meta<ContactArgs> = {
  title: 'Elements/mission-contact-block',
  component: 'mission-contact-block',
  tags: ['autodocs'],
  args: { name: '', 'contact-role': '', organisation: '', phone: '', email: '', url: '', lang: '' },
  argTypes: {
    lang: { control: 'select', options: ['', 'en', 'fr', 'nl', 'de'] },
    contacts: { control: false },
  },
  parameters: {
    controls: { include: ['name', 'contact-role', 'organisation', 'phone', 'email', 'url', 'lang'] },
  },
  render: (args) =>
    html`<mission-contact-block
      .contacts=${args.contacts}
      name=${args.name || nothing}
      contact-role=${args['contact-role'] || nothing}
      organisation=${args.organisation || nothing}
      phone=${args.phone || nothing}
      email=${args.email || nothing}
      url=${args.url || nothing}
      lang=${args.lang || nothing}
    ></mission-contact-block>`,
};
export default meta;
type Story = StoryObj<ContactArgs>;

/** The mission's press contacts from the example feed (`contacts` property): a list, phones as E.164 `tel:` links. */
export const List: Story = {
  args: { contacts: example.mission.contacts },
};

/** One contact from attributes only, as a CMS editor would write it. */
export const SingleFromAttributes: Story = {
  name: 'Single contact from attributes',
  args: {
    name: 'An Peeters',
    'contact-role': 'Mission coordinator',
    organisation: 'Belgian Foreign Trade Agency',
    phone: '+32 2 206 35 11',
    email: 'mission@example.org',
    url: 'https://www.abh-ace.be/',
  },
};
