import { BlockRowLabel as BlockRowLabel_33fee81e9e411133e55d12765c054501 } from '../../../components/RowLabel.tsx'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PublishRequiredLabel as PublishRequiredLabel_aeaec6fbc819b08eb5ccdfcc021840ce } from '../../../components/PublishRequiredLabel.tsx'
import { TitleRowLabel as TitleRowLabel_33fee81e9e411133e55d12765c054501 } from '../../../components/RowLabel.tsx'
import { ReviewButton as ReviewButton_884fda64fbe430e8500e9c5a5fe81e38 } from '../../../components/ReviewButton/index.tsx'
import { ScheduleCell as ScheduleCell_61e9bbb8d26290bf1b7a595140e41415 } from '../../../components/Schedules/Cell.tsx'
import { UsedInPanel as UsedInPanel_fd343f5df7575557e3bd95693e2344fd } from '../../../components/Dependants/index.tsx'
import { UnpublishWithDependants as UnpublishWithDependants_fd343f5df7575557e3bd95693e2344fd } from '../../../components/Dependants/index.tsx'
import { VersionChanges as VersionChanges_9f98a82170b7c4da9f0b9a9b22248333 } from '../../../components/VersionChanges/index.tsx'
import { KeyPicker as KeyPicker_54dbb60af47a434723dd1098241e59d1 } from '../../../components/KeyPicker/KeyPicker.tsx'
import { TreeDiagram as TreeDiagram_b4da5e620107ed832313c326c8839f60 } from '../../../components/TreeDiagram/TreeDiagram.tsx'
import { ScanAid as ScanAid_ea20a6e5c61f89ac35bf861e8ebcf989 } from '../../../components/ScanAid/ScanAid.tsx'
import { NewsletterSendPanel as NewsletterSendPanel_eb6ea32f0c3a8e9a9d64b2ffc2704e91 } from '../../../components/NewsletterSendPanel/index.tsx'
import { MakeErvaring as MakeErvaring_137c01ff7863e7f9e3969f606d9ce03a } from '../../../components/MakeErvaring/index.tsx'
import { BuildProblems as BuildProblems_d21f650071da1440cf2f34b9164a82fb } from '../../../components/BuildProblems/index.tsx'
import { ContentHealthOverview as ContentHealthOverview_9f9f033b32182b63eb77ff4a2d3f6bc6 } from '../../../components/ContentHealth/index.tsx'
import { EditorsNavLinks as EditorsNavLinks_3481753404d8bf3fd18772ba7478e649 } from '../../../components/EditorsNav/index.tsx'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ReviewOverview as ReviewOverview_05db898aabc6c8c2e88aa57c62f958cc } from '../../../components/ReviewOverview/index.tsx'
import { SchedulesOverview as SchedulesOverview_5dc2d9dd3dccaa39bab3248aa0d327d9 } from '../../../components/Schedules/index.tsx'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/RowLabel.tsx#BlockRowLabel": BlockRowLabel_33fee81e9e411133e55d12765c054501,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/PublishRequiredLabel.tsx#PublishRequiredLabel": PublishRequiredLabel_aeaec6fbc819b08eb5ccdfcc021840ce,
  "/components/RowLabel.tsx#TitleRowLabel": TitleRowLabel_33fee81e9e411133e55d12765c054501,
  "/components/ReviewButton/index.tsx#ReviewButton": ReviewButton_884fda64fbe430e8500e9c5a5fe81e38,
  "/components/Schedules/Cell.tsx#ScheduleCell": ScheduleCell_61e9bbb8d26290bf1b7a595140e41415,
  "/components/Dependants/index.tsx#UsedInPanel": UsedInPanel_fd343f5df7575557e3bd95693e2344fd,
  "/components/Dependants/index.tsx#UnpublishWithDependants": UnpublishWithDependants_fd343f5df7575557e3bd95693e2344fd,
  "/components/VersionChanges/index.tsx#VersionChanges": VersionChanges_9f98a82170b7c4da9f0b9a9b22248333,
  "/components/KeyPicker/KeyPicker.tsx#KeyPicker": KeyPicker_54dbb60af47a434723dd1098241e59d1,
  "/components/TreeDiagram/TreeDiagram.tsx#TreeDiagram": TreeDiagram_b4da5e620107ed832313c326c8839f60,
  "/components/ScanAid/ScanAid.tsx#ScanAid": ScanAid_ea20a6e5c61f89ac35bf861e8ebcf989,
  "/components/NewsletterSendPanel/index.tsx#NewsletterSendPanel": NewsletterSendPanel_eb6ea32f0c3a8e9a9d64b2ffc2704e91,
  "/components/MakeErvaring/index.tsx#MakeErvaring": MakeErvaring_137c01ff7863e7f9e3969f606d9ce03a,
  "/components/BuildProblems/index.tsx#BuildProblems": BuildProblems_d21f650071da1440cf2f34b9164a82fb,
  "/components/ContentHealth/index.tsx#ContentHealthOverview": ContentHealthOverview_9f9f033b32182b63eb77ff4a2d3f6bc6,
  "/components/EditorsNav/index.tsx#EditorsNavLinks": EditorsNavLinks_3481753404d8bf3fd18772ba7478e649,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/ReviewOverview/index.tsx#ReviewOverview": ReviewOverview_05db898aabc6c8c2e88aa57c62f958cc,
  "/components/Schedules/index.tsx#SchedulesOverview": SchedulesOverview_5dc2d9dd3dccaa39bab3248aa0d327d9,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
